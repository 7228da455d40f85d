import DwarsModel
import Foundation

/// A self-contained Dutch term analyzer: lower-cased, accent-folded words, a light suffix stemmer and
/// a dictionary compound splitter.
///
/// Stopwords come from `Lexicons/linking-stopwords.txt`; compound parts from the system word list
/// (`/usr/share/dict/nederlands`) when it is there. It is the default until the Tokenization
/// stage's stemmer and splitter are wired in behind `TermAnalyzing`.
public struct BasicTermAnalyzer: TermAnalyzing {
    let stopwords: Set<String>
    let dictionary: Set<String>

    /// Loads the stopwords and, when present, the word list.
    public init(wordList: String? = "/usr/share/dict/nederlands") {
        stopwords = Self.loadStopwords()
        var words = Set<String>()
        if let wordList, let data = FileManager.default.contents(atPath: wordList) {
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.count >= 3 {
                words.insert(Self.fold(String(line)))
            }
        }
        dictionary = words
    }

    /// The words of `Lexicons/linking-stopwords.txt`, folded.
    public static func loadStopwords() -> Set<String> {
        Set(((try? LexiconDirectory.entries("linking-stopwords.txt")) ?? []).map(fold))
    }

    public func terms(in text: String) -> [Term] {
        var out: [Term] = []
        for word in Self.words(in: text) {
            guard word.count >= 2, !stopwords.contains(word), !word.allSatisfy(\.isNumber) else { continue }
            let stem = Self.stem(word)
            out.append(Term(stem: stem, surface: word))
            if word.count >= 9 {
                for part in compoundParts(of: word) where part != stem {
                    out.append(Term(stem: part, isCompoundPart: true, surface: word))
                }
            }
        }
        return out
    }

    /// Lower-cased, accent-folded words: letters and digits; a code like "B5" stays one word ("b5").
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if let folded = foldScalar(scalar) {
                current.append(folded)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The scalar lower-cased and stripped of its accent, or nil when it is not a letter or digit.
    @inline(__always)
    static func foldScalar(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x30...0x39, 0x61...0x7A: return s
        case 0x41...0x5A: return Unicode.Scalar(s.value + 32)
        case 0xC0...0xFF, 0x100...0x17F:
            let folded = String(s).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            return folded.unicodeScalars.first.flatMap { $0.properties.isAlphabetic ? $0 : nil }
        default:
            return s.properties.isAlphabetic ? s.properties.lowercaseMapping.unicodeScalars.first : nil
        }
    }

    static func fold(_ word: String) -> String {
        var v = String.UnicodeScalarView()
        for s in word.unicodeScalars { if let f = foldScalar(s) { v.append(f) } }
        return String(v)
    }

    /// A light Dutch stemmer: plural and inflection endings, -heden/-heid, doubled consonants and
    /// vowels of the last syllable, final v/z to f/s. Enough to make "eisen" meet "eis" and
    /// "tarieven" meet "tarief".
    static func stem(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        func ends(_ s: String) -> Bool {
            let t = Array(s.unicodeScalars)
            return w.count > t.count + 2 && Array(w.suffix(t.count)) == t
        }
        func isVowel(_ c: Unicode.Scalar) -> Bool { "aeiouy".unicodeScalars.contains(c) }
        if ends("heden") {
            w.removeLast(5)
            w.append(contentsOf: "heid".unicodeScalars)
            return String(String.UnicodeScalarView(w))
        }
        if ends("tjes") { w.removeLast(4) } else if ends("tje") { w.removeLast(3) }
        if ends("en"), w.count > 4, !isVowel(w[w.count - 3]) {
            w.removeLast(2)
        } else if ends("s"), w.count > 4, !isVowel(w[w.count - 2]) || w[w.count - 2] == "e", w[w.count - 2] != "s" {
            w.removeLast(1)
        } else if ends("e"), w.count > 4, !isVowel(w[w.count - 2]) {
            w.removeLast(1)
        }
        if w.count >= 3 {
            let last = w[w.count - 1]
            if last == w[w.count - 2], !isVowel(last) { w.removeLast() }
        }
        if w.count >= 4, !isVowel(w[w.count - 1]), w[w.count - 2] == w[w.count - 3], isVowel(w[w.count - 2]),
            w[w.count - 2] != "e" || w[w.count - 4] != "i"
        {
            w.remove(at: w.count - 2)
        }
        if let last = w.last {
            if last == "v" { w[w.count - 1] = "f" } else if last == "z" { w[w.count - 1] = "s" }
        }
        return String(String.UnicodeScalarView(w))
    }

    /// Stems of the parts of a compound found in the word list: the longest known head, then the
    /// rest (a linking "s" or "e" dropped), at most three parts.
    func compoundParts(of word: String) -> [String] {
        guard !dictionary.isEmpty else { return [] }
        let scalars = Array(word.unicodeScalars)
        var parts: [String] = []
        var start = 0
        while scalars.count - start >= 8, parts.count < 2 {
            var found = false
            var cut = scalars.count - 4
            while cut >= start + 3 {
                let head = String(String.UnicodeScalarView(scalars[start..<cut]))
                let rest = String(String.UnicodeScalarView(scalars[cut...]))
                if dictionary.contains(head), dictionary.contains(rest) || rest.count >= 4 && known(rest) {
                    parts.append(Self.stem(head))
                    start = cut
                    found = true
                    break
                }
                cut -= 1
            }
            if !found { break }
            if scalars[start] == "s" || scalars[start] == "e", scalars.count - start > 4 {
                let rest = String(String.UnicodeScalarView(scalars[(start + 1)...]))
                if dictionary.contains(rest) { start += 1 }
            }
        }
        if !parts.isEmpty {
            parts.append(Self.stem(String(String.UnicodeScalarView(scalars[start...]))))
        }
        return parts
    }

    private func known(_ rest: String) -> Bool {
        let r = Array(rest.unicodeScalars)
        if (r.first == "s" || r.first == "e"), r.count > 4 {
            return dictionary.contains(String(String.UnicodeScalarView(r.dropFirst())))
        }
        return false
    }
}
