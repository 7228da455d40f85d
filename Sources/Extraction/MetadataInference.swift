import Foundation
import DwarsModel

/// Infers title, issuing body and date from the text where no manifest gives them.
///
/// - Title: the subject of a letter ("Betreft ..."/"BETREFT ..."), else the first heading of the
///   opening blocks, else the first block.
/// - Issuing body: the body the text names as its author or issuer (signature, "namens", colophon,
///   letterhead, running footer, "Dit advies ... van de SER"); a body it only mentions only when it is
///   clearly ahead, one it only cites never; else none (`IssuerInference`).
/// - Date: the first full Dutch date ("21 mei 2021", "2 nov. 2021", "14-12-2021") in the opening blocks,
///   as ISO yyyy-MM-dd; month names from `Lexicons/extraction-months.tsv`.
enum MetadataInference {
    static func fill(_ document: inout Document) {
        let opening = Array(document.blocks.prefix(60))
        if document.metadata.title == nil {
            document.metadata.title = title(of: opening)
        }
        if document.metadata.issuingBody == nil {
            document.metadata.issuingBody = IssuerInference.shared.body(opening: opening, all: issuerScope(of: document))
        }
        inheritOrgs(&document)
        if document.metadata.date == nil {
            document.metadata.date = opening.lazy.compactMap { date(in: $0.text) }.first
        }
        if document.metadata.type == nil, document.segments.count > 1,
            Set(document.segments.map(\.type)).count > 2
        {
            document.metadata.type = "bundle"
        }
    }

    /// The blocks whose signatures and running lines name the document's issuer: all of them, or in a
    /// bundle (parts of several types) only those of its first part, since each part has its own.
    static func issuerScope(of document: Document) -> [Block] {
        let last = document.blocks.last?.lines?.last ?? 0
        let parts = document.segments.filter { !($0.startLine <= 1 && $0.endLine >= last) }.sorted { $0.startLine < $1.startLine }
        guard parts.count > 1, Set(parts.map(\.type)).count > 2, let first = parts.first else { return document.blocks }
        return document.blocks.filter { b in b.lines.map { $0.first >= first.startLine && $0.first <= first.endLine } ?? false }
    }

    /// A segment that spans the whole document takes the document's issuer. A segment inside another
    /// whose issuer is known keeps an issuer of its own only where its opening names one as such (not
    /// merely mentions one); otherwise it takes the issuer of the smallest segment around it.
    static func inheritOrgs(_ document: inout Document) {
        let last = document.blocks.last?.lines?.last ?? 0
        for k in document.segments.indices where document.segments[k].startLine <= 1 && document.segments[k].endLine >= last {
            document.segments[k].org = document.metadata.issuingBody
        }
        let segments = document.segments
        for k in segments.indices {
            let s = segments[k]
            let around = segments.enumerated().filter { j, o in
                j != k && o.org != nil && o.startLine <= s.startLine && o.endLine >= s.endLine
                    && (o.startLine, o.endLine) != (s.startLine, s.endLine)
            }.min { ($0.element.endLine - $0.element.startLine) < ($1.element.endLine - $1.element.startLine) }
            guard let around else { continue }
            let opening = Array(document.blocks.lazy.filter { b in
                b.lines.map { $0.first >= s.startLine && $0.first <= s.endLine } ?? false
            }.prefix(25))
            document.segments[k].org = IssuerInference.shared.body(opening: opening, all: opening, mentions: false)
                ?? around.element.org
        }
    }

    /// The title of a document whose first blocks are `blocks`.
    static func title(of blocks: [Block]) -> String? {
        for b in blocks.prefix(30) {
            let words = b.text.split(separator: " ", maxSplits: 1)
            if let w = words.first, w.lowercased() == "betreft" || w.lowercased() == "onderwerp:", words.count == 2 {
                return String(words[1])
            }
        }
        if let h = blocks.prefix(15).first(where: { $0.kind == .heading && $0.text.utf8.count >= 8 }) {
            return h.text
        }
        return blocks.first { !$0.text.isEmpty }.map { String($0.text.prefix(200)) }
    }

    /// The issuing body named as such in `texts`, the opening blocks of a sub-document (see
    /// `IssuerInference`), or nil when they do not say.
    static func body(in texts: [String]) -> String? {
        let blocks = texts.map { Block(kind: .paragraph, text: $0) }
        return IssuerInference.shared.body(opening: blocks, all: blocks)
    }

    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for row in (try? LexiconDirectory.table("extraction-months.tsv")) ?? [] where row.count >= 2 {
            if let n = Int(row[1]) { m[row[0].lowercased()] = n }
        }
        return m
    }()

    /// The first full date in `text` as yyyy-MM-dd ("7 juni 2019" -> "2019-06-07").
    static func date(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" })
        var i = 0
        while i < words.count {
            let w = words[i]
            if let day = Int(w), day >= 1, day <= 31, i + 2 < words.count {
                var name = words[i + 1].lowercased()
                if name.hasSuffix(".") { name.removeLast() }
                if let month = months[name], let year = Int(words[i + 2].prefix(4)), year >= 1950, year <= 2099,
                    words[i + 2].prefix(4).allSatisfy(\.isNumber)
                {
                    return iso(year, month, day)
                }
            }
            // 14-12-2021
            let parts = w.split(separator: "-")
            if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2].prefix(4)),
                parts[2].prefix(4).count == 4, (1...31).contains(d), (1...12).contains(m), (1950...2099).contains(y)
            {
                return iso(y, m, d)
            }
            i += 1
        }
        return nil
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
