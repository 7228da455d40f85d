import DwarsModel

/// The data that drives main-content extraction from HTML, read from `Lexicons/`.
///
/// `html-dropped-elements.tsv` (elements dropped as code or page furniture), `html-boilerplate-roles.txt`
/// (ARIA roles of furniture), `html-class-cues.tsv` (class/id cues: remove, keep, negative, positive),
/// `html-content-containers.txt` (ids and classes that declare a page's content outright),
/// `html-footnote-cues.txt` (footnote areas and references) and
/// `html-main-content.tsv` (the scorer's thresholds).
struct MainContentLexicon: Sendable {
    /// A class/id cue: a lower-case substring, optionally anchored at a word's start or end.
    struct Cue: Sendable {
        var text: String
        var bytes: [UInt8]
        var atStart: Bool
        var atEnd: Bool

        init(_ raw: String) {
            var t = raw.lowercased()
            atStart = t.hasPrefix("^")
            if atStart { t.removeFirst() }
            atEnd = t.hasSuffix("$")
            if atEnd { t.removeLast() }
            text = t
            bytes = Array(t.utf8)
        }

        /// Whether the cue matches the lower-cased "class id" bytes: anywhere, or anchored at the start
        /// and/or end of one of its space-separated words. A byte search: this runs for every element.
        func matches(_ joined: [UInt8]) -> Bool {
            let n = bytes.count
            guard n > 0, joined.count >= n else { return false }
            var i = 0
            while i + n <= joined.count {
                if joined[i] == bytes[0] && joined[i..<(i + n)].elementsEqual(bytes) {
                    let startOK = !atStart || i == 0 || joined[i - 1] == 0x20
                    let endOK = !atEnd || i + n == joined.count || joined[i + n] == 0x20
                    if startOK && endOK { return true }
                }
                i += 1
            }
            return false
        }
    }

    var codeElements: Set<String> = []
    var furnitureElements: Set<String> = []
    var furnitureRoles: Set<String> = []
    var removeCues: [Cue] = []
    var keepCues: [Cue] = []
    var negativeCues: [Cue] = []
    var positiveCues: [Cue] = []
    var contentContainers: Set<String> = []
    var footnoteCues: [Cue] = []
    var settings: [String: Double] = [:]

    /// A threshold from `html-main-content.tsv`, or `fallback` when the file lacks it.
    func setting(_ name: String, _ fallback: Double) -> Double { settings[name] ?? fallback }

    /// +/- the lexicon's class weight for positive and negative cues, class and id counted apart.
    func classWeight(_ node: MarkupTree.Node) -> Double {
        let unit = setting("classWeight", 25)
        var w = 0.0
        for value in [node.attribute("class"), node.attribute("id")] {
            guard let cue = CueText(value) else { continue }
            if cue.matchesAny(negativeCues) { w -= unit }
            if cue.matchesAny(positiveCues) { w += unit }
        }
        return w
    }

    /// The lexicon loaded once per process.
    static let shared: Result<MainContentLexicon, LexiconDirectory.LoadError> = {
        do { return .success(try load()) } catch let error as LexiconDirectory.LoadError {
            return .failure(error)
        } catch {
            return .failure(.notFound(name: "html-class-cues.tsv"))
        }
    }()

    static func load() throws -> MainContentLexicon {
        var lexicon = MainContentLexicon()
        for row in try LexiconDirectory.table("html-dropped-elements.tsv") where row.count >= 2 {
            if row[1] == "code" { lexicon.codeElements.insert(row[0].lowercased()) }
            if row[1] == "furniture" { lexicon.furnitureElements.insert(row[0].lowercased()) }
        }
        lexicon.furnitureRoles = Set(try LexiconDirectory.entries("html-boilerplate-roles.txt").map { $0.lowercased() })
        for row in try LexiconDirectory.table("html-class-cues.tsv") where row.count >= 2 {
            let cue = Cue(row[0])
            switch row[1] {
            case "remove": lexicon.removeCues.append(cue)
            case "keep": lexicon.keepCues.append(cue)
            case "negative": lexicon.negativeCues.append(cue)
            case "positive": lexicon.positiveCues.append(cue)
            default: continue
            }
        }
        lexicon.footnoteCues = try LexiconDirectory.entries("html-footnote-cues.txt").map(Cue.init)
        lexicon.contentContainers = Set(
            try LexiconDirectory.entries("html-content-containers.txt").map { $0.lowercased() })
        for row in try LexiconDirectory.table("html-main-content.tsv") where row.count >= 2 {
            if let value = Double(row[1]) { lexicon.settings[row[0]] = value }
        }
        return lexicon
    }
}
