import Tokenization

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
        for word in BasicTermAnalyzer.words(in: text) {
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
