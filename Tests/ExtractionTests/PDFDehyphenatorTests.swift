@testable import Extraction
import Testing

/// Line-end hyphenation is joined; real Dutch hyphens (elided compounds, capitals, niet-, -ggz) stay.
@Suite struct PDFDehyphenatorTests {
    struct Spec: Sendable, CustomStringConvertible {
        let left: String
        let right: String
        let joined: String
        let line: UInt
        init(_ left: String, _ right: String, _ joined: String, line: UInt = #line) {
            self.left = left
            self.right = right
            self.joined = joined
            self.line = line
        }
        var description: String { "\(left) | \(right)" }
    }

    static let specs: [Spec] = [
        Spec("de ver-", "binding tussen", "de verbinding tussen"),
        Spec("voor jeugd-", "en opvoedhulp", "voor jeugd- en opvoedhulp"),
        Spec("het opdrachtgever-", "en opdrachtnemerschap", "het opdrachtgever- en opdrachtnemerschap"),
        Spec("zorg-", "of welzijnsaanbod", "zorg- of welzijnsaanbod"),
        Spec("leeftijds-", "t/m 23 jaar", "leeftijds- t/m 23 jaar"),
        Spec("de niet-", "gecontracteerde aanbieder", "de niet-gecontracteerde aanbieder"),
        Spec("de POH-", "GGZ in de huisartsenpraktijk", "de POH-GGZ in de huisartsenpraktijk"),
        Spec("de jeugd-", "ggz is", "de jeugd-ggz is"),
        Spec("alle VNG-", "leden", "alle VNG-leden"),
        Spec("Noord-", "Holland", "Noord-Holland"),
        Spec("een auto-", "ongeluk", "een auto-ongeluk"),
        Spec("de jeugdhulp-", "aanbieders", "de jeugdhulpaanbieders"),
        Spec("de regio-", "nale inkoop", "de regionale inkoop"),
        Spec("een ex-", "pert", "een expert"),
        Spec("in 2022-", "2028", "in 2022-2028"),
        Spec("zorg -", "en dat", "zorg - en dat"),
        Spec("gewoon", "verder", "gewoon verder"),
        Spec("Daarna gaan we-", "samen met de scholen", "Daarna gaan we- samen met de scholen"),
        Spec("omdat ze-", "vaak te laat", "omdat ze- vaak te laat"),
        Spec("in de we-", "reld van", "in de wereld van"),
        Spec("precies het-", "zelfde", "precies hetzelfde"),
        Spec("dat ze-", "ker werkt", "dat zeker werkt"),
        Spec("zacht\u{AD}", "e", "zachte"),
    ]

    @Test(arguments: specs) func joinsOrKeeps(_ spec: Spec) {
        let result = Dehyphenator.shared.join(lines: [spec.left, spec.right])
        #expect(result.text == spec.joined, "row at line \(spec.line)")
        // line 2 starts where the right line's text begins
        let start = result.lineStarts.first ?? -1
        #expect(String(result.text.utf8.dropFirst(start)) == spec.right.replacingOccurrencesOfSpaces())
    }

    @Test func wordListIsLoaded() {
        #expect(Dehyphenator.WordList.system.count > 100_000)
    }

    @Test func normalizesLigaturesAndNFC() {
        #expect(Dehyphenator.normalize("ﬁnanciering ﬂexibel eﬀect oﬃcieel ﬄ") == "financiering flexibel effect officieel ffl")
        #expect(Dehyphenator.normalize("ge\u{0065}\u{0308}nformeerd") == "ge\u{00EB}nformeerd")
        #expect(Dehyphenator.normalize("zo\u{00AD}als") == "zoals")
    }
}

extension String {
    fileprivate func replacingOccurrencesOfSpaces() -> String { self }
}
