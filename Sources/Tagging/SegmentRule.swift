import DwarsModel

/// Turns the bundle segments that extraction found into `subdoc` findings.
public struct SegmentRule: TaggingRule {
    public init() {}

    public func findings(in document: Document) -> [TaggedItem] {
        document.segments.map { segment in
            var item = TaggedItem(doc: document.fileName, line: segment.startLine, kind: .subdoc)
            item.title = segment.title
            item.startLine = segment.startLine
            item.endLine = segment.endLine
            item.type = segment.type
            item.org = segment.org
            item.date = segment.date
            return item
        }
    }
}
