import DwarsModel
import Extraction
import Foundation
import Tagging
import Tokenization

/// The fuzzed entry points: each takes arbitrary bytes and must neither trap nor hang.
///
/// Chosen by name (`DWARS_FUZZ_TARGET` under libFuzzer, the first argument in replay mode).
enum FuzzTarget: String, CaseIterable {
    /// Text decoding and clean-up (the normaliser): bytes as a .txt file.
    case text
    /// The HTML extractor: bytes as an .html file.
    case html
    /// The tagger over the text normaliser's blocks.
    case tagger
    /// The tokenizer and sentence splitter on bytes decoded as UTF-8 (invalid sequences repaired).
    case tokenizer

    private static let extractor = Extractor()
    private static let splitter: SentenceSplitter? = try? SentenceSplitter()
    private static let sharedTagger: Tagger? = try? Tagger()

    /// Runs one input; errors are expected results, only traps are findings.
    func run(_ data: Data) {
        switch self {
        case .text:
            _ = try? FuzzTarget.extractor.extract(data: data, path: "fuzz.txt")
        case .html:
            _ = try? FuzzTarget.extractor.extract(data: data, path: "fuzz.html")
        case .tagger:
            if let document = try? FuzzTarget.extractor.extract(data: data, path: "fuzz.txt") {
                _ = FuzzTarget.sharedTagger?.tag(document)
            }
        case .tokenizer:
            let text = String(decoding: data, as: UTF8.self)
            if let splitter = FuzzTarget.splitter {
                let tokens = splitter.tokenizer.tokenize(text)
                _ = splitter.sentenceTokenRanges(in: text, tokens: tokens)
            }
        }
    }
}
