/// Limits and switches for one extraction run.
public struct ExtractionOptions: Sendable, Hashable {
    /// Files over this many bytes are refused with `ExtractionError.tooLarge`.
    public var maxFileSize: Int
    /// Whether bundles are split into their sub-documents.
    public var segment: Bool

    public init(maxFileSize: Int = 250 * 1024 * 1024, segment: Bool = true) {
        self.maxFileSize = maxFileSize
        self.segment = segment
    }
}
