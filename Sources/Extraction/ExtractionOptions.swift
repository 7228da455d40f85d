import Foundation

/// Limits and switches for one extraction run.
public struct ExtractionOptions: Sendable, Hashable {
    /// Files over this many bytes are refused with `ExtractionError.tooLarge`.
    public var maxFileSize: Int
    /// Whether bundles are split into their sub-documents.
    public var segment: Bool
    /// Seconds one file may take (reading included); past it extraction stops with `ExtractionError.timedOut`.
    /// Checked between pages of a PDF and between stages otherwise. `nil`: no limit.
    public var timeoutPerFile: Double?

    public init(maxFileSize: Int = 250 * 1024 * 1024, segment: Bool = true, timeoutPerFile: Double? = nil) {
        self.maxFileSize = maxFileSize
        self.segment = segment
        self.timeoutPerFile = timeoutPerFile
    }
}

/// The moment one file's extraction must stop by, from `ExtractionOptions.timeoutPerFile`.
struct ExtractionDeadline: Sendable {
    let path: String
    let seconds: Double?
    let end: Date?

    init(path: String, seconds: Double?) {
        self.path = path
        self.seconds = seconds
        end = seconds.map { Date().addingTimeInterval($0) }
    }

    var passed: Bool { end.map { Date() >= $0 } ?? false }

    /// Throws `timedOut` once the deadline has passed.
    func check() throws(ExtractionError) {
        if passed, let seconds { throw .timedOut(path: path, seconds: seconds) }
    }
}
