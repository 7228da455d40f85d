import DwarsModel
import Foundation

/// Infers the issuing body of a document or sub-document from where and how its text names a body.
///
/// Every name of `Lexicons/extraction-issuing-bodies.tsv` found is given a role by its context
/// (`Lexicons/extraction-issuer-contexts.tsv`):
/// - issuer: the text names the body as its author or issuer — "namens de ...", "Dit advies is
///   voorbereid door ... van de SER", "Dit fiche ... die de werkgroep X heeft uitgewerkt", a colophon
///   ("Uitgave van ..."), the signature after a closing formula ("Hoogachtend, De voorzitter van de
///   ..."), a letterhead (a short block among the first five that starts with the name), or a running
///   header or footer (a repeated short line with a page number that starts with the name);
/// - cited: a footnote or note ("[1] ..."), a quoted title ("“Van systemen naar mensen”, van de ..."), a reference
///   ("SER (2020)"), "het SER-advies", "aldus ...", an addressee ("Aan de minister ...");
/// - mention: anything else.
///
/// The body with the most issuer weight wins (ties: the one named first). Without any issuer context,
/// the most mentioned body (in the opening blocks, earlier ones counting more) is taken only when it is
/// clearly ahead (`mention-minimum`, `mention-margin`); otherwise the answer is no body — a document
/// that only cites the SER is not a SER document.
struct IssuerInference: Sendable {
    enum Role: Sendable { case issuer, mention, cited }

    struct Cue: @unchecked Sendable {
        let regex: NSRegularExpression
        let name: String
        let weight: Int
    }

    struct Context: @unchecked Sendable {
        let role: Role
        let before: NSRegularExpression?
        let after: NSRegularExpression?
    }

    let cues: [Cue]
    /// All cues in one alternation: a block it does not match names no body.
    let gate: NSRegularExpression?
    let contexts: [Context]
    let closings: [NSRegularExpression]
    let notes: [NSRegularExpression]
    let signatureBlocks: Int
    let signatureLength: Int
    let runningRepeats: Int
    let mentionMinimum: Double
    let mentionMargin: Double

    static let shared = IssuerInference(
        cueRows: (try? LexiconDirectory.table("extraction-issuing-bodies.tsv")) ?? [],
        contextRows: (try? LexiconDirectory.table("extraction-issuer-contexts.tsv")) ?? [])

    init(cueRows: [[String]], contextRows: [[String]]) {
        func compile(_ pattern: String) -> NSRegularExpression? {
            guard pattern != "-", !pattern.isEmpty else { return nil }
            guard let r = try? NSRegularExpression(pattern: pattern) else {
                FileHandle.standardError.write(Data("warning: lexicon pattern does not compile: \(pattern)\n".utf8))
                return nil
            }
            return r
        }
        var cues: [Cue] = []
        for row in cueRows where row.count >= 2 {
            guard let r = compile(row[0]) else { continue }
            cues.append(Cue(regex: r, name: row[1], weight: row.count > 2 ? Int(row[2]) ?? 1 : 1))
        }
        self.cues = cues
        gate = cues.isEmpty ? nil : try? NSRegularExpression(pattern: cues.map { "(?:\($0.regex.pattern))" }.joined(separator: "|"))
        var contexts: [Context] = []
        var closings: [NSRegularExpression] = []
        var notes: [NSRegularExpression] = []
        var settings: [String: Double] = [:]
        for row in contextRows where row.count >= 3 {
            switch row[0] {
            case "issuer", "cited":
                let before = compile(row[1])
                let after = compile(row[2])
                guard before != nil || after != nil else { continue }
                contexts.append(Context(role: row[0] == "issuer" ? .issuer : .cited, before: before, after: after))
            case "closing":
                if let r = compile(row[2]) { closings.append(r) }
            case "note":
                if let r = compile(row[2]) { notes.append(r) }
            case "setting":
                settings[row[1]] = Double(row[2])
            default:
                continue
            }
        }
        // Issuer contexts are tried before cited ones ("Dit advies van de SER" is both).
        self.contexts = contexts.filter { $0.role == .issuer } + contexts.filter { $0.role == .cited }
        self.closings = closings
        self.notes = notes
        signatureBlocks = Int(settings["signature-blocks"] ?? 5)
        signatureLength = Int(settings["signature-length"] ?? 200)
        runningRepeats = Int(settings["running-repeats"] ?? 3)
        mentionMinimum = settings["mention-minimum"] ?? 3
        mentionMargin = settings["mention-margin"] ?? 2
    }

    /// One body named in a block.
    struct Mention: Sendable, Hashable {
        var name: String
        var weight: Int
        var role: Role
        /// UTF-16 offset of the name in the block text.
        var offset: Int
        /// UTF-16 length of the name.
        var length: Int? = nil
    }

    /// The bodies named in `text` with the role their context gives them (a footnote only cites).
    func mentions(in text: String, kind: BlockKind = .paragraph) -> [Mention] {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        if let gate, gate.firstMatch(in: text, range: whole) == nil { return [] }
        let isNote = kind == .footnote || notes.contains { $0.firstMatch(in: text, range: whole) != nil }
        var out: [Mention] = []
        for cue in cues {
            for m in cue.regex.matches(in: text, range: whole) {
                var name = cue.name
                if m.numberOfRanges > 1 {
                    for g in 1..<m.numberOfRanges {
                        let r = m.range(at: g)
                        name = name.replacingOccurrences(of: "$\(g)", with: r.location == NSNotFound ? "" : ns.substring(with: r))
                    }
                }
                name = name.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { continue }
                let role = isNote ? .cited : role(of: m.range, in: ns)
                out.append(Mention(name: name, weight: cue.weight, role: role, offset: m.range.location, length: m.range.length))
            }
        }
        return out.sorted { $0.offset < $1.offset }
    }

    /// Whether `text` holds little besides the name `m` (at most three letters more): a letterhead line.
    static func isOnlyName(_ text: String, _ m: Mention) -> Bool {
        let letters = text.unicodeScalars.filter { CharacterSet.letters.contains($0) }.count
        let nameLetters = m.length.map { (text as NSString).substring(with: NSRange(location: m.offset, length: $0)) }
            .map { $0.unicodeScalars.filter { CharacterSet.letters.contains($0) }.count } ?? 0
        return letters - nameLetters <= 3
    }

    /// The role the context of the name at `range` gives it.
    private func role(of range: NSRange, in ns: NSString) -> Role {
        let start = max(0, range.location - 240)
        var before = ns.substring(with: NSRange(location: start, length: range.location - start))
        // Only the sentence the name stands in.
        for stop in [". ", "; ", "? ", "! "] {
            if let r = before.range(of: stop, options: .backwards) { before = String(before[r.upperBound...]) }
        }
        let afterStart = range.location + range.length
        let after = ns.substring(with: NSRange(location: afterStart, length: min(160, ns.length - afterStart)))
        for context in contexts {
            if let b = context.before, b.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length)) == nil {
                continue
            }
            if let a = context.after, a.firstMatch(in: after, range: NSRange(location: 0, length: (after as NSString).length)) == nil {
                continue
            }
            return context.role
        }
        return .mention
    }

    /// The issuing body of a text whose opening blocks are `opening` and whose blocks are `all` (the
    /// signature and running lines are looked for in `all`), or nil when the text does not say.
    /// With `mentions` false only an issuer context counts (a part of a document whose issuer is known).
    func body(opening: [Block], all: [Block], mentions allowMentions: Bool = true) -> String? {
        var issuer: [String: Double] = [:]
        var mention: [String: Double] = [:]
        var firstSeen: [String: Int] = [:]
        func note(_ name: String, _ order: Int) { if firstSeen[name] == nil || firstSeen[name]! > order { firstSeen[name] = order } }

        for (i, block) in opening.enumerated() {
            let position = 1.0 / (1.0 + Double(i) / 10.0)
            for m in mentions(in: block.text, kind: block.kind) {
                let order = i * 10_000 + m.offset
                switch m.role {
                case .issuer:
                    issuer[m.name, default: 0] += Double(m.weight)
                    note(m.name, order)
                case .mention:
                    // A letterhead or title page: a short block among the first five opening with the name.
                    if i < 5, block.text.utf8.count <= 60, m.offset == 0, block.kind != .footnote,
                        Self.isOnlyName(block.text, m)
                    {
                        issuer[m.name, default: 0] += Double(m.weight)
                    } else {
                        mention[m.name, default: 0] += Double(m.weight) * position
                    }
                    note(m.name, order)
                case .cited:
                    continue
                }
            }
        }
        let base = opening.count * 10_000
        // Signatures: the blocks after a closing formula.
        var signature = 0
        for (j, block) in all.enumerated() {
            if block.kind != .footnote, closings.contains(where: { $0.firstMatch(in: block.text, range: NSRange(location: 0, length: (block.text as NSString).length)) != nil }) {
                signature = signatureBlocks + 1
            }
            guard signature > 0 else { continue }
            signature -= 1
            guard block.kind != .footnote, block.text.utf8.count <= signatureLength else { continue }
            for m in mentions(in: block.text, kind: block.kind) where m.role != .cited {
                issuer[m.name, default: 0] += Double(m.weight)
                note(m.name, base + j * 10_000 + m.offset)
            }
        }
        // Running headers and footers: short lines with a page number, repeated, that start with the name.
        var repeats: [String: (count: Int, index: Int)] = [:]
        for (j, block) in all.enumerated() where block.kind != .footnote && block.text.utf8.count <= 80 {
            guard let first = block.text.unicodeScalars.first, let last = block.text.unicodeScalars.last,
                CharacterSet.decimalDigits.contains(first) || CharacterSet.decimalDigits.contains(last)
            else { continue }
            let key = String(block.text.unicodeScalars.filter { !CharacterSet.decimalDigits.contains($0) && !CharacterSet.whitespaces.contains($0) })
            guard key.count >= 3 else { continue }
            if let r = repeats[key] { repeats[key] = (r.count + 1, r.index) } else { repeats[key] = (1, j) }
        }
        for (_, r) in repeats where r.count >= runningRepeats {
            let text = all[r.index].text
            let lead = text.utf16.prefix { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x20 }.count
            for m in mentions(in: text, kind: all[r.index].kind) where m.role != .cited && m.offset == lead {
                issuer[m.name, default: 0] += Double(m.weight)
                note(m.name, base + r.index * 10_000 + m.offset)
            }
        }
        func best(_ scores: [String: Double]) -> [(String, Double)] {
            scores.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                return (firstSeen[a.key] ?? .max, a.key) < (firstSeen[b.key] ?? .max, b.key)
            }.map { ($0.key, $0.value) }
        }
        if let top = best(issuer).first { return top.0 }
        guard allowMentions else { return nil }
        let ranked = best(mention)
        guard let top = ranked.first, top.1 >= mentionMinimum else { return nil }
        if ranked.count > 1, top.1 < mentionMargin * ranked[1].1 { return nil }
        return top.0
    }
}
