import Foundation

/// A run of source lines joined into one text, with the line of every UTF-8 offset.
///
/// Used for a table row's label broken over several lines and for a paragraph of running text, so a
/// code found anywhere in the joined text is cited at the line it was printed on.
public struct MeasurePassage: Sendable, Hashable {
    public var text: String
    /// (UTF-8 offset where the line starts, line number), in order.
    public var starts: [(offset: Int, line: Int)]

    public init(lines: [(line: Int, text: String)]) {
        var text = ""
        var starts: [(offset: Int, line: Int)] = []
        for (k, l) in lines.enumerated() {
            if k > 0 { text += " " }
            starts.append((text.utf8.count, l.line))
            text += l.text
        }
        self.text = text
        self.starts = starts
    }

    /// Groups consecutive lines of one block into passages: a new passage starts at a new block, after a
    /// skipped line, and wherever `startsNew(line, linesSoFar)` says so (a list item, a heading above).
    static func group(
        _ lines: [MeasureSourceLine], startsNew: (MeasureSourceLine, [(line: Int, text: String)]) -> Bool
    ) -> [MeasurePassage] {
        var out: [MeasurePassage] = []
        var current: [(line: Int, text: String)] = []
        var block = -1
        for line in lines {
            if line.block != block || startsNew(line, current) || (current.last.map { line.number - $0.line > 1 } ?? false) {
                if !current.isEmpty { out.append(MeasurePassage(lines: current)) }
                current = []
                block = line.block
            }
            current.append((line.number, line.text))
        }
        if !current.isEmpty { out.append(MeasurePassage(lines: current)) }
        return out
    }

    /// The line of UTF-8 offset `offset`.
    public func line(at offset: Int) -> Int {
        var line = starts.first?.line ?? 1
        for s in starts {
            if s.offset <= offset { line = s.line } else { break }
        }
        return line
    }

    public static func == (a: MeasurePassage, b: MeasurePassage) -> Bool {
        a.text == b.text && a.starts.map(\.offset) == b.starts.map(\.offset)
            && a.starts.map(\.line) == b.starts.map(\.line)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
