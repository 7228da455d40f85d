import DwarsModel
import Testing
import Tokenization

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    static let splitter = try! SentenceSplitter()

    static func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return splitter.sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Input and its sentences joined by " || ".
    static let specs: [TokenSpec] = [
        TokenSpec(
            "Gemeenten kopen o.a. jeugdhulp in. Het Rijk betaalt.",
            "Gemeenten kopen o.a. jeugdhulp in. || Het Rijk betaalt."),
        TokenSpec(
            "De regio krijgt € 1,6 mld. extra voor de inkoop. Dat is genoeg.",
            "De regio krijgt € 1,6 mld. extra voor de inkoop. || Dat is genoeg."),
        TokenSpec(
            "Dit staat in art. 2.4 van de wet. Zie ook blz. 12 en nr. 3 t.a.v. de inkoop.",
            "Dit staat in art. 2.4 van de wet. || Zie ook blz. 12 en nr. 3 t.a.v. de inkoop."),
        TokenSpec(
            "Zorg, onderwijs, wonen enz. Daarna volgt de rest.",
            "Zorg, onderwijs, wonen enz. || Daarna volgt de rest."),
        TokenSpec(
            "Volgens mevrouw M.I. Hamer is dat zo. Zij zei: ,,Wij gaan door.'' Daarna viel het stil.",
            "Volgens mevrouw M.I. Hamer is dat zo. || Zij zei: ,,Wij gaan door.'' || Daarna viel het stil."),
        TokenSpec(
            "Wat nu? De raad wacht af! (Zie de bijlage.) Het advies volgt.",
            "Wat nu? || De raad wacht af! || (Zie de bijlage.) || Het advies volgt."),
        TokenSpec(
            "Hoofdstuk 2 Toegang\n\nDe toegang moet beter. Gemeenten doen dat samen.",
            "Hoofdstuk 2 Toegang || De toegang moet beter. || Gemeenten doen dat samen."),
        TokenSpec(
            "Wij vragen het volgende:\n• Snelle toegang tot hulp\n• Minder administratieve lasten\n• Een\nstabiel budget",
            "Wij vragen het volgende: || • Snelle toegang tot hulp || • Minder administratieve lasten || • Een\nstabiel budget"
        ),
        TokenSpec(
            "Drie punten:\n\u{F0B7} Snelle hulp\n- Minder regels",
            "Drie punten: || \u{F0B7} Snelle hulp || - Minder regels"),
        TokenSpec(
            "De verf komt in potten van 5 en 10 kg. Hij schildert laag per laag.",
            "De verf komt in potten van 5 en 10 kg. || Hij schildert laag per laag."),
        TokenSpec(
            "2 INHOUD EN REIKWIJDTE VAN DE\nJEUGDHULP\nHet gebruik stijgt.",
            "2 INHOUD EN REIKWIJDTE VAN DE\nJEUGDHULP || Het gebruik stijgt."),
        TokenSpec(
            "1. Versterk de toegang\n2. Verbeter de inkoop",
            "1. Versterk de toegang || 2. Verbeter de inkoop"),
        TokenSpec(
            "Dat gebeurt in 2021. 25 gemeenten doen mee.",
            "Dat gebeurt in 2021. || 25 gemeenten doen mee."),
        TokenSpec(
            "De maatregelen B1.2 en B5 kosten 0,15 mld. Het kabinet besluit in mei.",
            "De maatregelen B1.2 en B5 kosten 0,15 mld. || Het kabinet besluit in mei."),
        TokenSpec(
            "De kosten stijgen... maar de baten ook.",
            "De kosten stijgen... maar de baten ook."),
    ]

    @Test(arguments: specs)
    func sentenceBoundaries(_ spec: TokenSpec) {
        #expect(Self.sentences(spec.input).joined(separator: " || ") == spec.expected, "row at line \(spec.line)")
    }

    @Test func blocksAlwaysEndSentences() {
        let blocks = [
            Block(kind: .heading, text: "Samenvatting en advies", level: 1),
            Block(kind: .listItem, text: "Versterk de toegang", label: "1."),
            Block(kind: .paragraph, text: "Het Rijk betaalt o.a. de inkoop. Gemeenten voeren uit."),
        ]
        let found = Self.splitter.sentences(in: blocks)
        #expect(found.map(\.block) == [0, 1, 2, 2])
        let last = found[3]
        #expect(String(decoding: Array(blocks[2].text.utf8)[last.range], as: UTF8.self) == "Gemeenten voeren uit.")
    }

    @Test func shortLinesWithoutPeriodAreSentences() {
        let text = """
            Aan de informateur
            Mevrouw M.I. Hamer
            Postbus 20018
            2500 EA Den Haag

            Met dit advies vragen wij uw aandacht voor de jeugdhulp en de jeugdbescherming en de
            jeugdreclassering in het hele land, zoals de raad al eerder in zijn verkenning deed.
            """
        let found = Self.sentences(text)
        #expect(found.count == 5, "\(found)")
        #expect(found.first == "Aan de informateur")
    }
}
