import DwarsModel

/// Splits Dutch text into sentences over the tokenizer's tokens.
///
/// A sentence ends after ".", "!", "?", "..." (and the closing quotes or brackets right after them) when the
/// next token does not start in lower case or continue the sentence (",", ")"); never after an abbreviation
/// from `Lexicons/abbreviations.txt` or initials, except the few in `abbreviations-sentence-final.txt` before
/// a capital. A blank line always ends a sentence; so does a single line break after a short line without
/// final punctuation (a heading, an address line, a list item) and a line break before a bullet or list
/// label. With the block model every block boundary ends a sentence.
public struct SentenceSplitter: Sendable {
    public let tokenizer: Tokenizer

    /// Loads the tokenizer's lexicons.
    public init() throws { self.tokenizer = try Tokenizer() }

    public init(tokenizer: Tokenizer) { self.tokenizer = tokenizer }

    /// UTF-8 offset ranges of the sentences of `text`, from the first token's start to the last one's end.
    public func sentences(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            let raw = tokenizer.rawTokens(bytes)
            return {
                var rules = SentenceRules(tokenizer: tokenizer, bytes: bytes, tokens: raw)
                return rules.split()
            }().map {
                raw[$0.lowerBound].start..<raw[$0.upperBound - 1].end
            }
        }
    }

    /// The sentences of `text` as index ranges into `tokens` (the tokenizer's tokens of the same text).
    public func sentenceTokenRanges(in text: String, tokens: [Token]) -> [Range<Int>] {
        var text = text
        let raw = tokens.map { RawToken(start: $0.range.lowerBound, end: $0.range.upperBound, kind: $0.kind) }
        return text.withUTF8 { bytes in
            {
                var rules = SentenceRules(tokenizer: tokenizer, bytes: bytes, tokens: raw)
                return rules.split()
            }()
        }
    }

    /// Tokens grouped by sentence: each sentence's tokens in order.
    public func tokenizedSentences(in text: String) -> [[Token]] {
        let tokens = tokenizer.tokenize(text)
        return sentenceTokenRanges(in: text, tokens: tokens).map { Array(tokens[$0]) }
    }

    /// The sentences of each block; a block boundary always ends a sentence.
    public func sentences(in blocks: [Block]) -> [BlockSentence] {
        var out: [BlockSentence] = []
        for (index, block) in blocks.enumerated() {
            for range in sentences(in: block.text) { out.append(BlockSentence(block: index, range: range)) }
        }
        return out
    }
}
