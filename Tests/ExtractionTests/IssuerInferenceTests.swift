import DwarsModel
@testable import Extraction
import Foundation
import TestSupport
import Testing

/// The issuing body is the one a text names as its author or issuer, never one it only cites; when the
/// text does not say, no body. Sentences written for these tests, in the style of the seeds.
@Suite struct IssuerInferenceTests {
    static func body(_ texts: [String], kinds: [BlockKind] = []) -> String? {
        let blocks = texts.enumerated().map { i, t in Block(kind: i < kinds.count ? kinds[i] : .paragraph, text: t) }
        return IssuerInference.shared.body(opening: blocks, all: blocks)
    }

    @Test(arguments: [
        // Named as author or issuer.
        (["Dit advies is voorbereid door de Commissie Jeugd en Onderwijs van de SER.", "De VNG steunt het advies."], "SER"),
        (["Dit fiche maakt deel uit van de bouwstenen die de werkgroep Financiën en Sturing heeft uitgewerkt."],
         "werkgroep Financiën en Sturing"),
        (["In deze notitie zijn op verzoek van de VNG door het NJi vier vragen verkend."], "NJi"),
        (["Toelichting op de bouwsteen", "namens de werkgroep Toegang,", "Marieke de Vries"], "werkgroep Toegang"),
        (["Het SER-advies vraagt om een gedeelde visie.", "Hoogachtend,",
          "De voorzitter van de Vereniging van Nederlandse Gemeenten,", "Jan Jansen"], "VNG"),
        (["Sociaal-Economische Raad", "Advies over de jeugdhulp", "De VNG en het NJi zijn gehoord."], "SER"),
        (["Colofon: uitgave van het Nederlands Jeugdinstituut, Utrecht."], "NJi"),
        (["Denktank Jeugd en Samenleving 3", "De verkenning laat zien dat de VNG ...", "Denktank Jeugd en Samenleving 4"],
         "NJi / Denktank"),
        // Only cited, addressed or mentioned in passing: no body.
        (["In dit kerndocument sluiten wij aan bij de volgende nota's:", "“Van systemen naar mensen”, van de Sociaal Economische Raad.",
          "“Vasthoudend Transformeren” van het Nederlands Jeugd Instituut."], nil),
        (["Het SER-advies Jeugdhulp in verbinding vraagt om een gedeelde visie.", "SER (2020) Verkenning Zorg voor de toekomst."], nil),
        (["Advies aan de minister van Volksgezondheid, Welzijn en Sport over de jeugdhulp."], nil),
        (["Jeugdhulp in verbinding", "De VNG steunt de aanbevelingen, maar vraagt om financiële ruimte."], nil),
        (["De jeugdhulp staat onder druk.", "[1] Zie de monitor van het Nederlands Jeugdinstituut."], nil),
        (["Volgens de SER is de verbinding met het onderwijs zwak.", "Zoals de SER eerder schreef, ..."], nil),
    ] as [([String], String?)])
    func bodyFromContext(_ texts: [String], _ expected: String?) {
        #expect(Self.body(texts) == expected, "\(texts.first ?? "")")
    }

    @Test func aFootnoteOnlyCites() {
        #expect(Self.body(["De jeugdhulp staat onder druk.", "Stuurgroep: VNG, VWS en de Sociaal-Economische Raad."],
                          kinds: [.paragraph, .footnote]) == nil)
    }

    @Test func anIssuerBeatsManyMentions() {
        let mentions = Array(repeating: "De Vereniging van Nederlandse Gemeenten steunt dit voorstel.", count: 8)
        #expect(Self.body(mentions + ["Dit rapport is geschreven door de Denktank Jeugd."]) == "NJi / Denktank")
        // Without an issuer, a body named far more often than any other is taken.
        #expect(Self.body(mentions) == "VNG")
    }

    @Test func werkgroepNamesKeepTheirAccents() {
        let mentions = IssuerInference.shared.mentions(in: "De werkgroep Financiën en Sturing en de werkgroep Toegang en Zo Thuis Mogelijk.")
        #expect(mentions.map(\.name) == ["werkgroep Financiën en Sturing", "werkgroep Toegang en Zo Thuis Mogelijk"])
    }

    /// The seeds (corpus README: sector parties, a bundle, VWS with JenV, NJi / Denktank, SER).
    @Test(.enabled(if: Shared.runnable), arguments: [
        ("000", nil), ("001", nil), ("002", "VWS"), ("003", "NJi / Denktank"), ("004", "SER"),
    ] as [(String, String?)])
    func seedBodies(_ prefix: String, _ expected: String?) throws {
        let document = try Extractor().extract(path: try Shared.corpusFile(prefix))
        #expect(document.metadata.issuingBody == expected)
    }

    /// Segment orgs against the gold `subdoc` objects: none contradicts the gold.
    @Test(.enabled(if: Shared.runnable)) func segmentOrgsAgreeWithTheGold() throws {
        try Shared.require()
        var gold: [String: [Int: String?]] = [:]
        for name in ["boha", "kern", "ser", "vzj"] {
            let text = try String(contentsOfFile: Shared.path("gold/\(name).jsonl"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    o["kind"] as? String == "subdoc", let doc = o["doc"] as? String, let start = o["start_line"] as? Int
                else { continue }
                gold[doc, default: [:]][start] = o["org"] as? String
            }
        }
        var right = 0
        var wrong: [String] = []
        for (doc, orgs) in gold {
            let document = try Extractor().extract(path: Shared.path("corpus/\(doc)"))
            for segment in document.segments {
                guard let entry = orgs[segment.startLine] else { continue }
                let g = (entry ?? "").lowercased()
                guard let p = segment.org?.lowercased() else {
                    if g.isEmpty || g.contains("niet bij naam") { right += 1 }
                    continue
                }
                if g.contains(p) || (g.split(separator: " ").first.map { p.contains($0) } ?? false) {
                    right += 1
                } else {
                    wrong.append("\(doc.prefix(3)):\(segment.startLine) \(p) vs \(g)")
                }
            }
        }
        #expect(wrong.count <= 1, "\(wrong)")
        #expect(right >= 28)
    }

    /// The generated samples: the fiche names its werkgroep as author; the others name no issuer (their
    /// cited SER, werkgroep and VNG must not become one).
    @Test func sampleBodies() throws {
        let dir = PDFSampleCorpusTests.rendered.dir
        for name in PDFSampleCorpusTests.names {
            for ext in ["txt", "pdf", "html"] {
                let body = try Extractor().extract(path: dir.appendingPathComponent(name + "." + ext).path).metadata.issuingBody
                if name.hasPrefix("werkgroep-fiche") {
                    #expect(body == "werkgroep Financiën en Sturing", "\(name).\(ext)")
                } else {
                    #expect(body == nil, "\(name).\(ext): \(body ?? "")")
                }
            }
        }
    }
}
