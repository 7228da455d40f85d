import DwarsModel

/// Splits Dutch text into typed tokens as Universal Dependencies counts them, with UTF-8 offsets.
///
/// A token never contains white space; measure codes ("B1.2", "B20-B22"), section numbers ("5.1.2.e"),
/// numbers in Dutch notation ("1.020", "0,15", "2022-2028"), abbreviations from `Lexicons/abbreviations.txt`
/// ("t.a.v."), URLs and e-mail addresses are single tokens; ",," and "''" are one punctuation token each;
/// elided compounds keep their hyphen ("jeugd-"). Scanning is byte-level over UTF-8 and linear in the input.
public struct Tokenizer: Sendable {
    let abbreviations: AbbreviationSet
    /// Abbreviations after which a sentence may end when a capital follows ("enz.", "etc.").
    let sentenceFinalAbbreviations: AbbreviationSet
    /// Words after which a line break does not end a sentence (`Lexicons/sentence-continuation-words.txt`).
    let continuationWords: Set<String>

    /// Loads the abbreviation lists from `Lexicons/`.
    public init() throws {
        do {
            let all = try LexiconDirectory.entries("abbreviations.txt")
            let final = try LexiconDirectory.entries("abbreviations-sentence-final.txt")
            let continuations = try LexiconDirectory.entries("sentence-continuation-words.txt")
            self.init(abbreviations: all, sentenceFinal: final, continuations: continuations)
        } catch let LexiconDirectory.LoadError.notFound(name) {
            throw TokenizationError.lexiconMissing(name: name)
        }
    }

    /// A tokenizer with the given abbreviations (forms with their final period, e.g. "o.a."), those of them
    /// that may end a sentence, and the words after which a line break does not end one ("van", "de").
    public init(abbreviations: [String], sentenceFinal: [String] = [], continuations: [String] = []) {
        self.abbreviations = AbbreviationSet(abbreviations + sentenceFinal)
        self.sentenceFinalAbbreviations = AbbreviationSet(sentenceFinal)
        self.continuationWords = Set(continuations.map { $0.lowercased() })
    }

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            rawTokens(bytes).map { raw in
                Token(
                    kind: raw.kind, range: raw.start..<raw.end,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end]), as: UTF8.self))
            }
        }
    }

    /// The tokens of UTF-8 bytes (offsets into `bytes`).
    public func tokenize(utf8 bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            rawTokens(buffer).map { raw in
                Token(
                    kind: raw.kind, range: raw.start..<raw.end,
                    text: String(decoding: UnsafeBufferPointer(rebasing: buffer[raw.start..<raw.end]), as: UTF8.self))
            }
        }
    }

    /// The number of tokens in `text`, without building them (for benchmarks).
    public func countTokens(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { rawTokens($0).count }
    }

    func rawTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [RawToken] {
        var out: [RawToken] = []
        out.reserveCapacity(bytes.count / 5)
        var scanner = Scanner(abbreviations: abbreviations)
        scanner.scan(bytes, into: &out)
        return out
    }
}
