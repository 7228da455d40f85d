import DwarsModel

/// Fills metadata the source does not give (title) from the blocks.
enum MetadataInference {
    static func fill(_ document: inout Document) {
        if document.metadata.title == nil {
            document.metadata.title = document.blocks.first { !$0.text.isEmpty }?.text
        }
    }
}
