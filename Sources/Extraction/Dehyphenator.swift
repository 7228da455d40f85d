import DwarsModel

/// Joins the lines of a paragraph, removing line-end hyphenation while real hyphens stay.
///
/// PDF text (poppler's `poppler_page_get_text`) and text files keep every hyphen a typesetter put at a
/// line end ("ver-" / "binding"). Dutch also writes hyphens that must survive a line break: elided
/// compound parts ("jeugd- en opvoedhulp"), compounds with a capital or an abbreviation ("POH-GGZ",
/// "VNG-leden", "jeugd-ggz"), and prefixes such as "niet-" ("niet-gecontracteerd").
///
/// The rule, applied to a line ending in `X-` followed by a line starting with the token `Y`:
/// 1. `X-` not preceded by a letter or digit (a dash, a bullet) or `Y` not starting with a letter or
///    digit: no hyphenation, the lines are joined with a space.
/// 2. `Y` is a conjunction of `Lexicons/elided-compound-conjunctions.txt` ("en", "of", "tot", "t/m"):
///    elided compound, keep the hyphen and a space ("jeugd- en").
/// 3. `Y` starts with a capital or a digit, or the last part of `X` is an abbreviation (two or more
///    capitals, or a digit: "GGZ-", "B5-"): keep the hyphen, no space ("POH-GGZ", "GGZ-instelling").
/// 4. The joined word `XY` is in the Dutch word list (`/usr/share/dict/nederlands`): join ("verbinding").
/// 5. The hyphenated word `X-Y` is in the word list, or `X` is a hyphen prefix / `Y` a hyphen part of
///    `Lexicons/hyphen-compound-parts.txt` ("niet-", "-ggz"): keep the hyphen.
/// 6. `X` is a free word of `Lexicons/hyphen-compound-parts.txt` that never opens a compound (the
///    pronoun "we", the article "de") and `Y` is a word of the list: the "-" is a dash or a stray mark
///    after a whole word, not hyphenation ("we-" / "met het AKJ"): keep it as printed and a space
///    ("we- met"), never "wemet".
/// 7. `X` ends and `Y` starts with a vowel and both are words of at least three letters in the word list
///    (Dutch writes a hyphen at such a vowel clash in a compound: "auto-ongeluk"): keep.
/// 8. Otherwise the hyphen was put there by the typesetter: join.
///
/// A soft hyphen (U+00AD) at a line end is always removed. Join before `normalize(_:)`, which drops
/// soft hyphens elsewhere.
///
/// Step 8 is the default because the overwhelming majority of line-end hyphens in typeset text are
/// hyphenation, and most Dutch compounds ("jeugdhulpaanbieders") are not in any word list.
struct Dehyphenator: Sendable {
    /// How two adjacent lines are put together.
    enum Joint: Sendable, Hashable {
        /// Join with one space (no line-end hyphen involved).
        case space
        /// Drop the line-end hyphen and join without a space ("ver-" + "binding").
        case removeHyphen
        /// Keep the hyphen, no space ("POH-" + "GGZ").
        case keepHyphen
        /// Keep the hyphen and put a space after it: an elided compound ("jeugd-" + "en").
        case keepHyphenAndSpace
    }

    let conjunctions: Set<String>
    let hyphenPrefixes: Set<String>
    let hyphenParts: Set<String>
    /// Whole words after which a line-end "-" is no hyphenation ("we", "de").
    let freeWords: Set<String>
    /// The word list; nil means the system list, loaded only when a line-end hyphen needs it.
    let customWords: WordList?
    var words: WordList { customWords ?? .system }

    init(
        conjunctions: Set<String>, hyphenPrefixes: Set<String>, hyphenParts: Set<String>, freeWords: Set<String> = [],
        words: WordList?
    ) {
        self.conjunctions = conjunctions
        self.hyphenPrefixes = hyphenPrefixes
        self.hyphenParts = hyphenParts
        self.freeWords = freeWords
        self.customWords = words
    }

    /// The dehyphenator built from `Lexicons/` and the system's Dutch word list, loaded once.
    static let shared: Dehyphenator = {
        let conjunctions = (try? LexiconDirectory.entries("elided-compound-conjunctions.txt")) ?? []
        let table = (try? LexiconDirectory.table("hyphen-compound-parts.txt")) ?? []
        var prefixes: Set<String> = []
        var parts: Set<String> = []
        var free: Set<String> = []
        for row in table where row.count >= 2 {
            if row[0] == "prefix" { prefixes.insert(row[1].lowercased()) }
            if row[0] == "part" { parts.insert(row[1].lowercased()) }
            if row[0] == "free" { free.insert(row[1].lowercased()) }
        }
        return Dehyphenator(
            conjunctions: Set(conjunctions.map { $0.lowercased() }), hyphenPrefixes: prefixes, hyphenParts: parts,
            freeWords: free, words: nil)
    }()

    /// Joins `lines` (each trimmed) into one text; `lineStarts` are the UTF-8 offsets in `text` at which
    /// lines 2, 3, ... begin (inside a word when a hyphenated word was joined).
    func join(lines: [String]) -> (text: String, lineStarts: [Int]) {
        var text = ""
        var starts: [Int] = []
        var previous: Substring? = nil
        for raw in lines {
            let line = raw.trimmedWhitespace
            guard let left = previous else {
                text += line
                previous = line
                continue
            }
            if line.isEmpty {
                starts.append(text.utf8.count)
                continue
            }
            switch joint(left: left, right: line) {
            case .space:
                if !text.isEmpty { text += " " }
            case .removeHyphen:
                text.removeLast()
            case .keepHyphen:
                break
            case .keepHyphenAndSpace:
                text += " "
            }
            starts.append(text.utf8.count)
            text += line
            previous = line
        }
        return (text, starts)
    }

    /// Decides how the line `left` (trimmed) continues with the line `right` (trimmed).
    func joint(left: some StringProtocol, right: some StringProtocol) -> Joint {
        if left.last == "\u{AD}" { return .removeHyphen }  // a soft hyphen is hyphenation by definition
        guard left.last == "-", left.count >= 2 else { return .space }
        let beforeHyphen = left[left.index(before: left.index(before: left.endIndex))]
        guard beforeHyphen.isLetter || beforeHyphen.isNumber else { return .space }
        guard let first = right.first, first.isLetter || first.isNumber else { return .space }

        // X: the word before the hyphen (back to whitespace); its last hyphen-separated part.
        let leftWord = Substring(left).dropLast().split(whereSeparator: { $0.isWhitespace }).last.map(String.init) ?? ""
        let leftPart = leftWord.split(separator: "-").last.map(String.init) ?? leftWord
        // Y: the next line's first token and its leading letters.
        let rightToken = right.prefix { !$0.isWhitespace }
        let token = String(rightToken).lowercased().trimmingTrailing(",;:)")
        if conjunctions.contains(token) { return .keepHyphenAndSpace }
        if first.isUppercase || first.isNumber { return .keepHyphen }
        if leftPart.isAbbreviation { return .keepHyphen }

        let rightWord = String(rightToken.prefix { $0.isLetter })
        let x = leftPart.lowercased()
        let y = rightWord.lowercased()
        let words = self.words
        if words.contains(x + y) { return .removeHyphen }
        if words.contains(x + "-" + y) || hyphenPrefixes.contains(x) || hyphenParts.contains(y) {
            return .keepHyphen
        }
        if leftPart == leftWord, freeWords.contains(x), !y.isEmpty, words.count == 0 || words.contains(y) {
            return .keepHyphenAndSpace
        }
        if x.count >= 3, y.count >= 3, let a = x.last, let b = y.first, a.isDutchVowel, b.isDutchVowel,
            words.contains(x), words.contains(y)
        {
            return .keepHyphen
        }
        return .removeHyphen
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (spaces, tabs, no-break spaces).
    var trimmedWhitespace: Substring {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return s
    }
}

extension String {
    fileprivate func trimmingTrailing(_ characters: String) -> String {
        var s = Substring(self)
        while let c = s.last, characters.contains(c) { s.removeLast() }
        return String(s)
    }

    /// Two or more capitals and no lower case, or a digit: "GGZ", "VNG", "B5".
    fileprivate var isAbbreviation: Bool {
        if contains(where: { $0.isNumber }) { return true }
        let letters = filter { $0.isLetter }
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
    }
}

extension Character {
    fileprivate var isDutchVowel: Bool { "aeiouyAEIOUY".contains(self) }
}
