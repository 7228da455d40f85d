import DwarsModel

/// Splits a bundle of documents (a Woo release, a letter with annexes) into its sub-documents.
struct BundleSegmenter: Sendable {
    static let shared = BundleSegmenter()

    func segments(lines: [TextLine], blocks: [Block]) -> [Segment] { [] }
}
