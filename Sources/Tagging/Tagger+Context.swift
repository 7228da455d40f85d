import DwarsModel

extension Tagger {
    /// What several rules read from one document, built once when first asked for: its source lines
    /// (the measure, PM and position rules all read them) and its amounts tables (measure and PM rules).
    /// One context serves one tagging of one document, on one thread.
    public final class Context {
        public let document: Document
        private var lines: [MeasureSourceLine]?
        private var tables: [(reader: AmountTableReader, tables: [AmountTable])] = []
        private var values: [String: Any] = [:]

        public init(_ document: Document) {
            self.document = document
        }

        /// `MeasureSourceLine.lines(of: document)`.
        public var sourceLines: [MeasureSourceLine] {
            if let lines { return lines }
            let built = MeasureSourceLine.lines(of: document)
            lines = built
            return built
        }

        /// A value that several rules build the same way from the document (the text units of
        /// `TextUnitReader`, say), built by the first that asks; `key` names the value and how it is built.
        public func shared<Value>(_ key: String, _ build: (Document) -> Value) -> Value {
            if let known = values[key] as? Value { return known }
            let built = build(document)
            values[key] = built
            return built
        }

        /// `reader.tables(in: sourceLines)`.
        public func tables(_ reader: AmountTableReader) -> [AmountTable] {
            if let known = tables.first(where: { $0.reader == reader }) { return known.tables }
            let built = reader.tables(in: sourceLines)
            tables.append((reader, built))
            return built
        }
    }
}
