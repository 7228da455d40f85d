import Foundation

/// A list of phrases (party names, stance cues) matched as whole folded words in a sentence.
///
/// Case and diacritics are folded ("Cliënten" = "clienten"); a phrase whose last word ends in "*"
/// matches any ending of that word. Where phrases overlap, the longest wins.
public struct PositionPhrases: Sendable {
    /// One phrase and the value it stands for.
    public struct Phrase: Sendable {
        public var words: [String]
        public var openEnd: Bool
        public var value: String
    }

    /// A phrase found in a sentence: its first word index, its length in words and its value.
    public struct Match: Sendable, Hashable {
        public var start: Int
        public var count: Int
        public var value: String
    }

    public var phrases: [Phrase]
    /// Phrase indices by their first word, and the one-word open-ended phrases (matched by prefix).
    var byFirst: [String: [Int]] = [:]
    var openWords: [Int] = []

    /// Phrases from (text, value) pairs.
    public init(_ entries: [(String, String)]) {
        phrases = entries.compactMap { text, value in
            var open = false
            var t = text
            if t.hasSuffix("*") {
                open = true
                t.removeLast()
            }
            let w = Self.words(t)
            return w.isEmpty ? nil : Phrase(words: w, openEnd: open, value: value)
        }
        for (k, p) in phrases.enumerated() {
            if p.words.count == 1 && p.openEnd {
                openWords.append(k)
            } else {
                byFirst[p.words[0], default: []].append(k)
            }
        }
    }

    /// The folded words of `text` (letters and digits; everything else separates).
    public static func words(_ text: String) -> [String] {
        MeasureWords.foldedRuns(text) { piece in
            let folded = piece.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
    }

    /// Every match in `words`, overlapping matches reduced to the longest.
    public func matches(in words: [String]) -> [Match] {
        var found: [Match] = []
        for (start, word) in words.enumerated() {
            let candidates = (byFirst[word] ?? []) + openWords.filter { word.hasPrefix(phrases[$0].words[0]) }
            for k in candidates {
                let phrase = phrases[k]
                guard start + phrase.words.count <= words.count else { continue }
                var ok = true
                for (j, w) in phrase.words.enumerated() {
                    let word = words[start + j]
                    let last = j == phrase.words.count - 1
                    if !(word == w || (last && phrase.openEnd && word.hasPrefix(w))) {
                        ok = false
                        break
                    }
                }
                if ok { found.append(Match(start: start, count: phrase.words.count, value: phrase.value)) }
            }
        }
        found.sort { ($0.count, -$0.start) > ($1.count, -$1.start) }
        var kept: [Match] = []
        for m in found where !kept.contains(where: { m.start < $0.start + $0.count && $0.start < m.start + m.count }) {
            kept.append(m)
        }
        return kept.sorted { $0.start < $1.start }
    }
}
