import Tokenization
import DwarsModel

/// Terms from the Tokenization stage: Snowball Dutch stems of folded words, and the stems of their
/// compound parts from the dictionary splitter (`MatchNormalizer`).
///
/// Words are cut the same way as in `BasicTermAnalyzer` (letters and digits, folded), stopwords from
/// `Lexicons/linking-stopwords.txt` dropped.
public struct DutchTermAnalyzer: TermAnalyzing {
    let normalizer: MatchNormalizer
    let stopwords: Set<String>

    public init(normalizer: MatchNormalizer, stopwords: Set<String>) {
        self.normalizer = normalizer
        self.stopwords = stopwords
    }

    /// The Tokenization normaliser with the default word list; throws when the stemmer cannot load.
    public init() throws {
        self.init(normalizer: try MatchNormalizer(), stopwords: BasicTermAnalyzer.loadStopwords())
    }

    public func terms(in text: String) -> [Term] {
        var out: [Term] = []
        for word in Self.spelledOut(Self.hyphenatedWords(in: text), compounds: normalizer.compounds) {
            guard word.count >= 2, !stopwords.contains(word), !word.allSatisfy(\.isNumber) else { continue }
            let stem = word.count <= 3 ? word : normalizer.stemmer.stem(word)
            out.append(Term(stem: stem, surface: word))
            if word.count >= 8, let compounds = normalizer.compounds {
                let parts = compounds.split(word)
                if parts.count > 1 {
                    for part in parts {
                        let p = normalizer.stemmer.stem(part)
                        if p != stem { out.append(Term(stem: p, isCompoundPart: true, surface: word, part: part)) }
                    }
                }
            }
        }
        return out
    }

    /// A folded word and whether a hyphen touches it before or after ("kennis-" in "kennis- en ...",
    /// "-voorwaarden" in "... en -voorwaarden", both halves of "selectie-eisen").
    struct HyphenatedWord {
        var word: String
        var hyphenBefore = false
        var hyphenAfter = false
    }

    /// The words of `text` as `BasicTermAnalyzer.words` cuts them, with the hyphens that touch them.
    static func hyphenatedWords(in text: String) -> [HyphenatedWord] {
        var words: [HyphenatedWord] = []
        var current = String.UnicodeScalarView()
        var hyphenPending = false
        var lastWasWord = false
        for scalar in text.unicodeScalars {
            if let folded = BasicTermAnalyzer.foldScalar(scalar) {
                if current.isEmpty {
                    words.append(HyphenatedWord(word: "", hyphenBefore: hyphenPending))
                }
                current.append(folded)
                lastWasWord = true
                hyphenPending = false
                continue
            }
            if !current.isEmpty {
                words[words.count - 1].word = String(current)
                current.removeAll(keepingCapacity: true)
            }
            let isHyphen = scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
            if isHyphen, lastWasWord, !words.isEmpty { words[words.count - 1].hyphenAfter = true }
            hyphenPending = isHyphen
            lastWasWord = false
        }
        if !current.isEmpty { words[words.count - 1].word = String(current) }
        return words
    }

    /// A compound cut before its head: the splitter's last part, else the longest ending of four letters
    /// or more that is a word after a word (a linking s or e allowed), so "innovatieagenda", itself in
    /// the word list, still reads innovatie + agenda. The modifier keeps its linking element
    /// ("arbeids" of "arbeidsomstandigheden").
    static func cut(_ word: String, compounds: CompoundSplitter) -> (modifier: String, head: String)? {
        let parts = compounds.split(word)
        if parts.count > 1, let last = parts.last, word.hasSuffix(last), word.count > last.count {
            return (String(word.dropLast(last.count)), last)
        }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 7 else { return nil }
        func string(_ s: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(s)) }
        for start in 3...(scalars.count - 4) {
            let head = string(scalars[start...])
            guard compounds.isWord(head) else { continue }
            let modifier = scalars[..<start]
            if compounds.isWord(string(modifier))
                || modifier.count > 3 && ["s", "e"].contains(modifier.last!) && compounds.isWord(string(modifier.dropLast()))
            {
                return (string(modifier), head)
            }
        }
        return nil
    }

    /// Conjunctions between an elided compound part and the compound that completes it
    /// (`Lexicons/linking-elision-conjunctions.txt`).
    static let elisionConjunctions: Set<String> =
        Set((try? LexiconDirectory.entries("linking-elision-conjunctions.txt")) ?? [])

    /// The words with elided compounds written out (the "weglatingsstreepje"): "kennis- en
    /// innovatieagenda" reads "kennisagenda en innovatieagenda", "kwaliteits- en selectie-eisen"
    /// "kwaliteitseisen en selectie-eisen", "arbeidsomstandigheden en -voorwaarden"
    /// "arbeidsomstandigheden en arbeidsvoorwaarden". The shared part is the head (or the modifier) the
    /// compound splitter finds in the complete compound. Source: Dutch spelling rules (Woordenlijst,
    /// leidraad 'Weglatingsstreepje').
    static func spelledOut(_ words: [HyphenatedWord], compounds: CompoundSplitter?) -> [String] {
        var out = words.map(\.word)
        guard let compounds, words.count >= 3 else { return out }
        for i in 0..<(words.count - 2) {
            let w = words[i], conj = words[i + 1]
            // Forward: "kennis- en innovatieagenda".
            if w.hyphenAfter, !conj.hyphenBefore, elisionConjunctions.contains(conj.word), w.word.count >= 3,
                !words[i + 2].hyphenBefore
            {
                var k = i + 2
                while k + 1 < words.count, words[k].hyphenAfter, words[k + 1].hyphenBefore { k += 1 }
                let head: String?
                if k > i + 2 {
                    head = words[k].word
                } else {
                    head = Self.cut(words[k].word, compounds: compounds)?.head
                }
                if let head, head.count >= 3 { out[i] = w.word + head }
            }
            // Backward: "arbeidsomstandigheden en -voorwaarden".
            let tail = words[i + 2]
            if tail.hyphenBefore, !words[i + 1].hyphenAfter, !conj.hyphenBefore, elisionConjunctions.contains(conj.word),
                !w.hyphenAfter, tail.word.count >= 3
            {
                if let modifier = Self.cut(w.word, compounds: compounds)?.modifier {
                    out[i + 2] = modifier + tail.word
                }
            }
        }
        return out
    }
}

/// The analyzer the tools use: the Tokenization stage's when it loads, else the built-in one, with the
/// concepts of `Lexicons/linking-concepts.tsv` added.
public enum TermAnalyzers {
    public static func standard() -> any TermAnalyzing {
        let base: any TermAnalyzing = (try? DutchTermAnalyzer()) ?? BasicTermAnalyzer()
        let concepts = ConceptLexicon.load()
        return concepts.isEmpty ? base : ConceptTermAnalyzer(base: base, concepts: concepts)
    }
}
