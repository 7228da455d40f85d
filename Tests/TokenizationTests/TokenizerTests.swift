import Testing
import Tokenization

/// One row of an exact-token table: the input, the expected tokens joined by " | ", and where the row is.
struct TokenSpec: CustomTestStringConvertible, Sendable {
    var input: String
    var expected: String
    var line: Int

    init(_ input: String, _ expected: String, line: Int = #line) {
        self.input = input
        self.expected = expected
        self.line = line
    }

    var testDescription: String { "line \(line): \(input)" }
}

@Suite("Tokenizer: exact tokens")
struct TokenizerTests {
    static let tokenizer = try! Tokenizer()

    static let specs: [TokenSpec] = [
        TokenSpec(
            "Gemeenten moeten o.a. de wachttijden verkorten.",
            "Gemeenten | moeten | o.a. | de | wachttijden | verkorten | ."),
        TokenSpec(
            "Dit geldt t.a.v. de inkoop, d.w.z. de contracten m.b.t. jeugdhulp.",
            "Dit | geldt | t.a.v. | de | inkoop | , | d.w.z. | de | contracten | m.b.t. | jeugdhulp | ."),
        TokenSpec(
            "Zie art. 2.4 en blz. 12 (bijv. de tabel i.p.v. de bijlage, e.d.).",
            "Zie | art. | 2.4 | en | blz. | 12 | ( | bijv. | de | tabel | i.p.v. | de | bijlage | , | e.d. | ) | ."),
        TokenSpec(
            "De brief van 3 mei jl. noemt de zgn. norm in nr. 7.",
            "De | brief | van | 3 | mei | jl. | noemt | de | zgn. | norm | in | nr. | 7 | ."),
        TokenSpec(
            "Het Rijk investeert € 1,6 mld. extra in 2022-2028.",
            "Het | Rijk | investeert | € | 1,6 | mld. | extra | in | 2022-2028 | ."),
        TokenSpec(
            "Een tekort van € 1.020 miljoen, ofwel 0,15 mld per jaar (-47).",
            "Een | tekort | van | € | 1.020 | miljoen | , | ofwel | 0,15 | mld | per | jaar | ( | -47 | ) | ."),
        TokenSpec(
            "Maatregelen B1.2, U1.2.1.2 en B20-B22 vallen onder 5.1.2.e van het akkoord.",
            "Maatregelen | B1.2 | , | U1.2.1.2 | en | B20-B22 | vallen | onder | 5.1.2.e | van | het | akkoord | ."),
        TokenSpec(
            "Het CDA en CD&V kozen voor maatregel B5.",
            "Het | CDA | en | CD&V | kozen | voor | maatregel | B5 | ."),
        TokenSpec(
            "De jeugd- en opvoedhulp en de jeugd-ggz voor 18-/18+ met de POH-GGZ.",
            "De | jeugd- | en | opvoedhulp | en | de | jeugd-ggz | voor | 18-/18+ | met | de | POH-GGZ | ."),
        TokenSpec(
            "Het opdrachtgever- en opdrachtnemerschap van de regio's en 's-Hertogenbosch.",
            "Het | opdrachtgever- | en | opdrachtnemerschap | van | de | regio's | en | 's-Hertogenbosch | ."),
        TokenSpec(
            "Het dossier van de cliënt’s ouders ligt er 's avonds en 't blijft zo.",
            "Het | dossier | van | de | cliënt’s | ouders | ligt | er | 's | avonds | en | 't | blijft | zo | ."),
        TokenSpec(
            "Zij eindigde als 18de, hij als 23ste.",
            "Zij | eindigde | als | 18de | , | hij | als | 23ste | ."),
        TokenSpec(
            "Mail naar info@jeugdregio.nl of kijk op https://www.jeugdregio.nl/aanpak.",
            "Mail | naar | info@jeugdregio.nl | of | kijk | op | https://www.jeugdregio.nl/aanpak | ."),
        TokenSpec(
            "(zie www.jeugdregio.nl) en wijkteam.nl,",
            "( | zie | www.jeugdregio.nl | ) | en | wijkteam.nl | ,"),
        TokenSpec(
            "De wethouder zei: ,,Wij gaan door.'' Daarna viel het stil.",
            "De | wethouder | zei | : | ,, | Wij | gaan | door | . | '' | Daarna | viel | het | stil | ."),
        TokenSpec(
            "Zij noemde dat ‘maatwerk’ en \"passend\", of “zorg op maat”.",
            "Zij | noemde | dat | ‘ | maatwerk | ’ | en | \" | passend | \" | , | of | “ | zorg | op | maat | ” | ."),
        TokenSpec(
            "Wat nu? Wachten... of toch niet!",
            "Wat | nu | ? | Wachten | ... | of | toch | niet | !"),
        TokenSpec(
            "Het budget steeg met 5% en daarna met 2,5 %.",
            "Het | budget | steeg | met | 5% | en | daarna | met | 2,5 | % | ."),
        TokenSpec(
            "• Toegang tot hulp – snel en dichtbij — zonder wachtlijst;",
            "• | Toegang | tot | hulp | – | snel | en | dichtbij | — | zonder | wachtlijst | ;"),
        TokenSpec(
            "\u{F0B7}Snelle hulp\n- Minder regels\n•Meer tijd",
            "\u{F0B7} | Snelle | hulp | - | Minder | regels | • | Meer | tijd"),
        TokenSpec(
            "Mevrouw M.I. Hamer en dhr. J. de Vries (VNG).",
            "Mevrouw | M.I. | Hamer | en | dhr. | J. | de | Vries | ( | VNG | ) | ."),
        TokenSpec(
            "In 2021.",
            "In | 2021 | ."),
        TokenSpec(
            "Kenmerk 21.73783, zaak 2.100 en versie 3.000.",
            "Kenmerk | 21.73783 | , | zaak | 2.100 | en | versie | 3.000 | ."),
        TokenSpec(
            "De (tbs-)behandeling en organisatie(s) en/of t/m 2028.",
            "De | (tbs-)behandeling | en | organisatie(s) | en/of | t/m | 2028 | ."),
        TokenSpec(
            "Tot slot:,,Wij kiezen'',aldus de raad.",
            "Tot | slot | : | ,, | Wij | kiezen | '' | , | aldus | de | raad | ."),
        TokenSpec(
            "1. Versterk de toegang.\n2.4. Verbeter de inkoop.\na. Start per regio.",
            "1. | Versterk | de | toegang | . | 2.4. | Verbeter | de | inkoop | . | a. | Start | per | regio | ."),
        TokenSpec(
            "De jaren '90 waren anders dan de jaren 2020-...",
            "De | jaren | '90 | waren | anders | dan | de | jaren | 2020-..."),
    ]

    @Test(arguments: specs)
    func exactTokens(_ spec: TokenSpec) {
        let tokens = Self.tokenizer.tokenize(spec.input).map(\.text).joined(separator: " | ")
        #expect(tokens == spec.expected, "row at line \(spec.line)")
    }

    static let kinds: [(String, TokenKind)] = [
        ("B1.2", .code), ("U1.2.1.2", .code), ("B20-B22", .code), ("CD&V", .code), ("B5", .code),
        ("5.1.2.e", .sectionNumber), ("2.4", .sectionNumber), ("1.020", .number), ("0,15", .number),
        ("2022-2028", .number), ("-47", .number), ("18de", .number), ("5%", .number),
        ("o.a.", .abbreviation), ("M.I.", .abbreviation), ("jeugd-", .word), ("regio's", .word),
        ("https://www.ser.nl", .url), ("www.ser.nl", .url), ("m.vanden.burg@ser.nl", .email),
        ("€", .symbol), (",,", .punctuation), ("jeugd-ggz", .word), ("'s", .word),
    ]

    @Test(arguments: kinds)
    func kindOfSingleToken(_ input: String, _ kind: TokenKind) {
        let tokens = Self.tokenizer.tokenize(input)
        #expect(tokens.count == 1, "\(input) -> \(tokens.map(\.text))")
        #expect(tokens.first?.kind == kind, "\(input)")
    }

    @Test func offsetsPointIntoTheSource() {
        let text = "Cliënten in Den Haag krijgen € 1,6 mld. voor jeugd-ggz."
        let bytes = Array(text.utf8)
        for token in Self.tokenizer.tokenize(text) {
            #expect(String(decoding: bytes[token.range], as: UTF8.self) == token.text)
        }
    }

    @Test func userAbbreviationsAreHonoured() {
        let plain = Tokenizer(abbreviations: [])
        let custom = Tokenizer(abbreviations: ["jgz."])
        #expect(plain.tokenize("de jgz. doet").map(\.text) == ["de", "jgz", ".", "doet"])
        #expect(custom.tokenize("de jgz. doet").map(\.text) == ["de", "jgz.", "doet"])
    }
}
