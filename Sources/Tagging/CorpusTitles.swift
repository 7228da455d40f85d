import DwarsModel

/// The titles of the documents tagged together, so a cited title can be resolved to a corpus file.
///
/// Built at run time from each document's own metadata title and its first headings — never from a
/// list of known files. A reference resolves to a document when every content word of one of its title
/// phrases (or of a part of one, cut at ":" or a dash) occurs in the reference.
public struct CorpusTitles: Sendable {
    struct Entry: Sendable {
        var doc: String
        var words: Set<String>
    }

    var entries: [Entry] = []
    static let stopwords: Set<String> = [
        "de", "het", "een", "van", "voor", "en", "in", "naar", "op", "met", "aan", "over", "bij", "tot", "te", "om",
        "door", "uit", "of", "als", "dat", "die", "dit", "deze", "zijn", "is", "we", "wij",
    ]

    public init() {}

    /// The title phrases of `documents` (metadata title and headings in the first lines).
    public init(_ documents: [Document]) {
        for d in documents {
            var phrases: [String] = []
            if let t = d.metadata.title { phrases.append(t) }
            for b in d.blocks.prefix(40) where b.kind == .heading {
                phrases.append(b.text)
            }
            for p in phrases {
                for part in Self.parts(of: p) {
                    let w = Self.contentWords(part)
                    if w.count >= 2 { entries.append(Entry(doc: d.fileName, words: w)) }
                }
            }
        }
    }

    static func parts(of phrase: String) -> [String] {
        var result = [phrase]
        for sep in [":", " – ", " - ", " — "] where phrase.contains(sep) {
            result += phrase.components(separatedBy: sep)
        }
        return result
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(ScoreWords.words(text).filter { !stopwords.contains($0) && $0.count > 1 })
    }

    /// The corpus document (other than `excluding`) whose title the reference text names.
    public func document(citedIn text: String, excluding: String) -> String? {
        let words = Self.contentWords(text)
        var best: (String, Int)?
        for e in entries where e.doc != excluding && e.words.isSubset(of: words) {
            if best == nil || e.words.count > best!.1 { best = (e.doc, e.words.count) }
        }
        return best?.0
    }
}
