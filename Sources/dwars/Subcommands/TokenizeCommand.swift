import ArgumentParser
import Foundation
import Tokenization

/// `dwars tokenize FILE`: tokens (and sentences) of a plain-text file as text, CoNLL-U or JSON (with the
/// amount, date and percentage spans).
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize", abstract: "Split a Dutch text file into tokens and sentences.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, conllu, json }

    @Argument(help: "UTF-8 text file ('-' for standard input).") var file: String
    @Flag(help: "Split into sentences (text: one sentence a line; json: adds sentences).") var sentences = false
    @Option(help: "text (one token a line), conllu (one token a line, sentence blocks) or json.")
    var format: Format = .text

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else {
                printError("error: \(file): cannot read the file")
                throw ExitCode.failure
            }
            data = read
        }
        let text = String(decoding: data, as: UTF8.self)
        let splitter: SentenceSplitter
        do { splitter = try SentenceSplitter() } catch let error as TokenizationError {
            printError("error: \(error.description)")
            throw ExitCode.failure
        }
        let tokens = splitter.tokenizer.tokenize(text)
        let groups =
            sentences || format == .conllu
            ? splitter.sentenceTokenRanges(in: text, tokens: tokens) : [0..<tokens.count]
        var out = ""
        out.reserveCapacity(data.count * 2)
        switch format {
        case .text:
            for group in groups {
                if sentences {
                    out += tokens[group].map(\.text).joined(separator: " ")
                    out += "\n"
                } else {
                    for token in tokens[group] { out += token.text + "\n" }
                }
            }
        case .conllu:
            out = Self.conllu(text: text, tokens: tokens, sentences: groups)
        case .json:
            let spans = (try? SpanRecognizer())?.spans(in: tokens) ?? []
            let document = TokenizeJSON(
                tokens: tokens.map {
                    .init(text: $0.text, kind: $0.kind.rawValue, start: $0.range.lowerBound, end: $0.range.upperBound)
                },
                sentences: sentences
                    ? groups.filter { !$0.isEmpty }.map {
                        .init(
                            start: tokens[$0.lowerBound].range.lowerBound,
                            end: tokens[$0.upperBound - 1].range.upperBound,
                            firstToken: $0.lowerBound, tokenCount: $0.count)
                    } : nil,
                spans: spans.map {
                    .init(
                        kind: $0.kind.rawValue, start: $0.range.lowerBound, end: $0.range.upperBound,
                        firstToken: $0.tokens.lowerBound, tokenCount: $0.tokens.count)
                })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            out = String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

extension TokenizeCommand {
    /// CoNLL-U as `ud_score.py` reads it: sentence blocks, one token a line (FORM in column 2).
    static func conllu(text: String, tokens: [Token], sentences: [Range<Int>]) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count * 3)
        let bytes = Array(text.utf8)
        for (n, group) in sentences.enumerated() where !group.isEmpty {
            let range = tokens[group.lowerBound].range.lowerBound..<tokens[group.upperBound - 1].range.upperBound
            let sentence = String(decoding: bytes[range], as: UTF8.self)
                .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            out += "# sent_id = \(n + 1)\n# text = \(sentence)\n"
            for (id, k) in group.enumerated() {
                let token = tokens[k]
                let spaceAfter = k + 1 < group.upperBound && tokens[k + 1].range.lowerBound == token.range.upperBound
                out += "\(id + 1)\t\(token.text)\t_\t_\t_\t_\t_\t_\t_\t\(spaceAfter ? "SpaceAfter=No" : "_")\n"
            }
            out += "\n"
        }
        return out
    }
}

/// The JSON of `dwars tokenize --format json`: UTF-8 offsets into the input file.
struct TokenizeJSON: Encodable {
    struct TokenJSON: Encodable {
        var text: String
        var kind: String
        var start: Int
        var end: Int
    }
    struct SentenceJSON: Encodable {
        var start: Int
        var end: Int
        var firstToken: Int
        var tokenCount: Int
    }
    struct SpanJSON: Encodable {
        var kind: String
        var start: Int
        var end: Int
        var firstToken: Int
        var tokenCount: Int
    }
    var tokens: [TokenJSON]
    var sentences: [SentenceJSON]?
    /// Amounts, dates and percentages.
    var spans: [SpanJSON]
}
