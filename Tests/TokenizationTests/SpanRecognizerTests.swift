import Testing
import Tokenization

@Suite("SpanRecognizer: amounts, dates, percentages")
struct SpanRecognizerTests {
    static let tokenizer = try! Tokenizer()
    static let recognizer = try! SpanRecognizer()

    static func spans(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let tokens = tokenizer.tokenize(text)
        return recognizer.spans(in: tokens).map {
            "\($0.kind.rawValue): \(String(decoding: bytes[$0.range], as: UTF8.self))"
        }
    }

    @Test(arguments: [
        ("Het Rijk trekt € 1,6 mld. uit voor de regio's.", ["amount: € 1,6 mld."]),
        ("Een tekort van 1.020 miljoen euro in 2023.", ["amount: 1.020 miljoen euro"]),
        ("De raad adviseerde op 21 mei 2021 over de jeugdzorg.", ["date: 21 mei 2021"]),
        ("Vanaf jan. 2022 en tot 3 mrt. geldt de regel.", ["date: jan. 2022", "date: 3 mrt."]),
        (
            "Het aandeel steeg van 5% naar 12 % en daarna 40 procent.",
            [
                "percentage: 5%", "percentage: 12 %", "percentage: 40 procent",
            ]
        ),
        ("Maatregel B5 kost 0,15 mld en raakt 18 gemeenten.", []),
    ])
    func spansInSentences(_ text: String, _ expected: [String]) {
        #expect(Self.spans(text) == expected)
    }

    @Test func spanTokensCoverTheRange() {
        let text = "Wij vragen € 300.000 per jaar."
        let tokens = Self.tokenizer.tokenize(text)
        let span = Self.recognizer.spans(in: tokens)[0]
        #expect(tokens[span.tokens].map(\.text) == ["€", "300.000"])
        #expect(
            span.range == tokens[span.tokens.lowerBound].range
                .lowerBound..<tokens[span.tokens.upperBound - 1].range.upperBound)
    }
}
