import DwarsModel

/// What the outline builder reads from `Lexicons/report-outline.tsv` and `Lexicons/report-chapters.tsv`.
public struct OutlineSettings: Sendable, Hashable {
    /// One chapter: a theme, its title and the keywords that put a measure in it.
    public struct Chapter: Sendable, Hashable {
        public var theme: String
        public var title: String
        public var keywords: [String]
        public init(theme: String, title: String, keywords: [String]) {
            self.theme = theme
            self.title = title
            self.keywords = keywords
        }
    }

    /// Table names in order, with whether Rijk and VNG agree on its rows.
    public var tables: [(name: String, agreement: Bool)]
    public var years: [String]
    public var totalWord: String
    public var signNote: String
    public var chapters: [Chapter]
    /// Lines after a coded measure within which a position without `about` is taken to be about it.
    public var positionWindow: Int = 40

    public init(
        tables: [(name: String, agreement: Bool)], years: [String], totalWord: String = "totaal",
        signNote: String = "", chapters: [Chapter]
    ) {
        self.tables = tables
        self.years = years
        self.totalWord = totalWord
        self.signNote = signNote
        self.chapters = chapters
    }

    public static func == (lhs: OutlineSettings, rhs: OutlineSettings) -> Bool {
        lhs.tables.map(\.name) == rhs.tables.map(\.name) && lhs.tables.map(\.agreement) == rhs.tables.map(\.agreement)
            && lhs.years == rhs.years && lhs.chapters == rhs.chapters && lhs.totalWord == rhs.totalWord
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(years)
        hasher.combine(chapters)
    }

    /// The settings of the lexicon files.
    public static func standard() throws -> OutlineSettings {
        var tables: [(name: String, agreement: Bool)] = []
        var years: [String] = []
        var totalWord = "totaal"
        var signNote = ""
        var positionWindow = 40
        for row in try LexiconDirectory.table("report-outline.tsv") where row.count >= 2 {
            switch row[0] {
            case "table" where row.count >= 3: tables.append((row[1], row[2] == "agreement"))
            case "years" where row.count >= 3:
                if let first = Int(row[1]), let last = Int(row[2]), first <= last {
                    years = (first...last).map(String.init)
                }
            case "total": totalWord = row[1].lowercased()
            case "sign": signNote = row[1]
            case "position-window": positionWindow = Int(row[1]) ?? positionWindow
            default: break
            }
        }
        let chapters = try LexiconDirectory.table("report-chapters.tsv").filter { $0.count >= 2 }.map { row in
            Chapter(
                theme: row[0], title: row[1],
                keywords: row.count >= 3
                    ? row[2].split(separator: ",").map { TextMatch.fold($0.trimmingCharacters(in: .whitespaces)) }
                        .filter { !$0.isEmpty } : [])
        }
        var settings = OutlineSettings(
            tables: tables, years: years, totalWord: totalWord, signNote: signNote, chapters: chapters)
        settings.positionWindow = positionWindow
        return settings
    }

    /// The chapter of `theme` (or the last chapter, the catch-all).
    public func chapter(theme: String?) -> Chapter? {
        if let theme, let found = chapters.first(where: { $0.theme == theme }) { return found }
        return chapters.last
    }
}
