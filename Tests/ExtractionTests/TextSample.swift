import Foundation

/// A short advice letter written for these tests, with the defects the seed texts show: a letter margin
/// ("Kenmerk", a reference number, "Directie Jeugd"), a layout stamp and a page number, line-end
/// hyphenation next to real hyphens, tabs between words, a tabbed amounts table, bullets, numbered
/// headings directly above their paragraph, and a footnote at the foot of the page.
enum TextSample {
    static let lines: [String] = [
        "Kenmerk",  // 1
        "Advies over de coördinatie van de jeugdhulp in de regio",  // 2
        "",  // 3
        "Geachte leden van de raad,",  // 4
        "",  // 5
        "Met deze brief geven wij u ons advies over de ver-",  // 6
        "binding tussen onderwijs en jeugd-",  // 7
        "en opvoedhulp. Wij vragen daarbij aandacht voor de POH-",  // 8
        "GGZ in de huisartsenpraktijk en voor de financiële gevolgen.",  // 9
        "Vanaf\t2020\tzijn\tde\tgemeenten\tin\tde\tregio\tsamen\tverantwoordelijk\tvoor\tde\tinkoop.\t",  // 10
        "1. Stel één regionaal expertteam in",  // 11
        "Het expertteam helpt gemeenten bij complexe vragen van gezinnen1 en adviseert over de inzet",  // 12
        "van specialistische hulp.",  // 13
        "2.4 VERSMALLEN: BEPERK HET AANTAL AANBIEDERS",  // 14
        "• Maak afspraken over de reikwijdte van de jeugdhulp;",  // 15
        "- Leg de afspraken vast in een convenant met alle aanbieders en",  // 16
        "de gemeenten van de regio;",  // 17
        "a) de gemeenten nemen het voortouw;",  // 18
        "b) de aanbieders leveren hun gegevens aan.",  // 19
        "Directie Jeugd",  // 20
        "",  // 21
        "1 Zie het rapport ‘Samen sterker’ van de regio (2023).",  // 22
        "Kenmerk",  // 23
        "2418873-195087-J",  // 24
        "Directie Jeugd",  // 25
        "regiorapport.book  Page 2  Monday, March 4, 2024  10:15 AM",  // 26
        "",  // 27
        "2",  // 28
        "",  // 29
        "Tabel 1 Bedragen per maatregel (x € 1 mln)",  // 30
        "Maatregel\t2024\t2025\t2026",  // 31
        "Versterken wijkteams (B1)\t12\t14\tPM",  // 32
        "Kenmerken van de overeenkomst",  // 33
        "",  // 34
        "Deze afspraken gelden voor de hele regio en voor de samen-",  // 35
        "werking met de wethouders.",  // 36
    ]

    static var text: String { lines.joined(separator: "\n") + "\n" }

    /// The text in Windows-1252 (written out here, as Foundation on Linux lacks the code page).
    static func windows1252(_ text: String) -> Data {
        let special: [Character: UInt8] = [
            "€": 0x80, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97,
        ]
        var bytes: [UInt8] = []
        for c in text {
            if let b = special[c] {
                bytes.append(b)
            } else if c == "\r\n" {
                bytes += [0x0D, 0x0A]
            } else if let s = c.unicodeScalars.first, c.unicodeScalars.count == 1, s.value < 0x100 {
                bytes.append(UInt8(s.value))
            } else {
                preconditionFailure("not in Windows-1252: \(c)")
            }
        }
        return Data(bytes)
    }

    /// The text in UTF-16 with a byte order mark.
    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let hi = UInt8(unit >> 8)
            let lo = UInt8(unit & 0xFF)
            bytes += littleEndian ? [lo, hi] : [hi, lo]
        }
        return Data(bytes)
    }
}
