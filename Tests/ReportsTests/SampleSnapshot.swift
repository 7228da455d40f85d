import DwarsModel
import Reports

/// A small analysis written by hand for the renderer tests: an advies, a kerndocument and a bundle with an
/// amounts table (Tabel 1 and 2) and a werkgroep's copy of it. The Dutch text is ours, in the style of the
/// seeds, with accents on purpose (cliënten, één, financiële).
enum SampleSnapshot {
    static let advies = "010_advies.txt"
    static let kern = "011_kern.txt"
    static let bundel = "012_bundel.txt"

    static func recommendation(
        _ doc: String, _ line: Int, _ id: String, _ text: String, form: String = "numbered-heading",
        themes: [String] = [], bcodes: [String] = [], reported: Bool = false
    ) -> TaggedItem {
        var item = TaggedItem(doc: doc, line: line, kind: .recommendation, id: id)
        item.text = text
        item.form = form
        item.themes = themes
        item.bcodes = bcodes
        if reported { item.reported = true }
        return item
    }

    static func pm(_ line: Int, _ bcode: String?, _ name: String, _ table: String, _ years: [YearValue?]) -> TaggedItem
    {
        var item = TaggedItem(doc: bundel, line: line, kind: .pm)
        item.bcode = bcode
        item.name = name
        item.table = table
        var map: [String: YearValue?] = [:]
        for (i, v) in years.enumerated() { map[String(2022 + i)] = v }
        item.years = map
        return item
    }

    static func measure(_ line: Int, _ bcode: String, _ name: String) -> TaggedItem {
        var item = TaggedItem(doc: bundel, line: line, kind: .measure)
        item.bcode = bcode
        item.name = name
        item.surface = "(\(bcode))"
        return item
    }

    static func position(_ line: Int, _ party: String, _ stance: Stance, about: String?, _ text: String) -> TaggedItem {
        var item = TaggedItem(doc: bundel, line: line, kind: .position)
        item.party = party
        item.stance = stance
        item.about = about
        item.text = text
        return item
    }

    static let pmAll: [YearValue?] = Array(repeating: .pm, count: 7)
    static let unknown: [YearValue?] = Array(repeating: nil, count: 7)

    static func amounts(_ values: Double?...) -> [YearValue?] {
        values.map { $0.map(YearValue.amount) ?? .pm }
    }

    static func make() -> AnalysisSnapshot {
        let items: [TaggedItem] = [
            recommendation(advies, 10, "ADV-R1", "1. Geef cliënten één vast aanspreekpunt", themes: ["zeggenschap"]),
            recommendation(
                advies, 20, "ADV-R2", "2. Beperk het aantal aanbieders door selectie bij de inkoop", themes: ["inkoop"],
                bcodes: ["B5"]),
            recommendation(
                advies, 30, "ADV-R3", "De inspectie beveelt aan om wachttijden per regio te publiceren.",
                form: "inline-sentence", themes: ["wachttijden"], reported: true),
            recommendation(kern, 12, "KERN-3.1", "3.1 ÉÉN AANSPREEKPUNT VOOR GEZINNEN", themes: ["zeggenschap"]),
            recommendation(
                kern, 40, "KERN-4.2", "4.2 WERK MET MINDER AANBIEDERS EN LANGERE CONTRACTEN", themes: ["inkoop"]),
            recommendation(kern, 50, "KERN-5.1", "5.1 PUBLICEER DE WACHTTIJDEN PER REGIO", themes: ["wachttijden"]),
            recommendation(
                kern, 60, "KERN-5.4", "Wij wijzen een verplichte selectie van aanbieders af; keuzevrijheid gaat voor.",
                form: "inline-sentence", themes: ["inkoop"]),
            pm(100, "B5", "Selectie en contractering", "Tabel 1", pmAll),
            pm(102, "B2", "Afbakening reikwijdte", "Tabel 1", amounts(33, 67, 133, 200, 200, 200, 200)),
            pm(104, "B18", "Normaliseren voogdijondersteuning", "Tabel 1", amounts(nil, 6, 12, 18, 26, 26, 26)),
            pm(106, nil, "Totaal", "Tabel 1", amounts(33, 73, 145, 218, 226, 226, 226)),
            pm(120, "B8", "Zaken vanuit de Jeugdwet niet meer te doen", "Tabel 2", unknown),
            pm(122, "B19", "Inzet en verwijzen volwassen GGZ", "Tabel 2", unknown),
            pm(
                300, "B2", "Afbakening reikwijdte", "Bijlage 2 Tabel 1", amounts(-33, -67, -133, -200, -200, -200, -200)
            ),
            pm(
                302, "B18", "Normaliseren voogdijondersteuning", "Bijlage 2 Tabel 1",
                amounts(nil, -6, -12, -18, -26, -26, -30)),
            pm(
                310, "B19", "Inzet en verwijzen volwassen GGZ", "Bijlage 2 Tabel 2",
                amounts(155, 155, 155, nil, nil, nil, nil)),
            measure(200, "B5", "Selectie en contractering"),
            measure(210, "B23", "Standaardisatie uitvoering"),
            position(
                205, "gemeenten", .supports, about: "B5", "De gemeenten steunen selectie en contractering in de regio."),
            position(
                206, "aanbieders", .conditional, about: "B5", "Aanbieders steunen dit mits de tarieven reëel zijn."),
            position(121, "gemeenten", .opposes, about: "B8", "De VNG acht het schrappen van taken niet acceptabel."),
            position(
                207, "werkgroep", .supports, about: nil, "Er is draagvlak binnen de werkgroep voor deze maatregel."),
            position(
                212, "rijk", .opposes, about: nil,
                "Tabel 2 Maatregelen waarover geen overeenstemming bestaat tussen Rijk en VNG"),
        ]
        let ref = { (doc: String, line: Int, id: String) in ItemRef(doc: doc, line: line, id: id) }
        let links = [
            ItemLink(
                a: ref(advies, 10, "ADV-R1"), b: ref(kern, 12, "KERN-3.1"), score: 0.8,
                evidence: ["term aanspreekpunt"],
                sameDocument: false),
            ItemLink(
                a: ref(advies, 20, "ADV-R2"), b: ref(kern, 40, "KERN-4.2"), score: 0.7, evidence: ["term aanbieders"],
                sameDocument: false),
            ItemLink(
                a: ref(advies, 20, "ADV-R2"), b: ref(bundel, 200, ""), score: 0.9, evidence: ["code B5"],
                sameDocument: false),
            ItemLink(
                a: ref(advies, 20, "ADV-R2"), b: ref(kern, 60, "KERN-5.4"), score: 0.5, evidence: ["term selectie"],
                sameDocument: false, stance: .opposes),
            ItemLink(
                a: ref(advies, 30, "ADV-R3"), b: ref(kern, 50, "KERN-5.1"), score: 0.6, evidence: ["term wachttijden"],
                sameDocument: false),
        ]
        let consensus = [
            ConsensusItem(
                id: "C-aanspreekpunt", label: "Eén vast aanspreekpunt voor cliënten",
                members: [ref(advies, 10, "ADV-R1"), ref(kern, 12, "KERN-3.1")], themes: ["zeggenschap"]),
            ConsensusItem(
                id: "C-selectie", label: "Minder aanbieders door selectie; inkoop",
                members: [
                    ref(advies, 20, "ADV-R2"), ref(kern, 40, "KERN-4.2"), ref(kern, 60, "KERN-5.4"),
                    ref(bundel, 200, ""), ref(bundel, 100, ""),
                ],
                themes: ["inkoop"], bcodes: ["B5"]),
            ConsensusItem(
                id: "C-wachttijden", label: "Wachttijden \"per regio\" publiceren",
                members: [ref(advies, 30, "ADV-R3"), ref(kern, 50, "KERN-5.1")], themes: ["wachttijden"]),
        ]
        let passages = [
            Passage(doc: advies, line: 10, text: "1. Geef cliënten één vast aanspreekpunt"),
            Passage(
                doc: advies, line: 11, lastLine: 14,
                text:
                    "Cliënten en hun ouders willen niet steeds opnieuw hun verhaal doen; één vast aanspreekpunt helpt."),
            Passage(doc: advies, line: 20, text: "2. Beperk het aantal aanbieders door selectie bij de inkoop"),
            Passage(doc: bundel, line: 100, page: 4, text: "Selectie en contractering (B5) PM PM PM PM PM PM PM"),
            Passage(
                doc: bundel, line: 200, lastLine: 203, page: 9,
                text: "Maatregel: Selectie en contractering (B5). Gemeenten kopen regionaal in bij minder aanbieders."),
            Passage(
                doc: kern, line: 60, lastLine: 61,
                text: "Wij wijzen een verplichte selectie van aanbieders af; keuzevrijheid gaat voor."),
        ]
        let documents = [
            DocumentSummary(
                file: advies, title: "Jeugdhulp dichtbij: vijf aanbevelingen", body: "Raad", date: "2024-03-01",
                type: "advies"),
            DocumentSummary(
                file: kern, title: "Kerndocument sectorpartijen", body: "Sector", date: "2024", type: "rapport"),
            DocumentSummary(
                file: bundel, title: "Bundel bestuurlijk overleg", body: "BO", date: "2024-06", type: "bundle"),
        ]
        return AnalysisSnapshot(
            documents: documents, passages: passages, items: items, links: links, consensusItems: consensus)
    }

    static func report() throws -> AnalysisReport { try AnalysisReport(snapshot: make()) }
}
