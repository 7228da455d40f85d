/// What a PDF font name ("ABCDEF+DejaVuSans-Bold", "Arial-BoldMT") says about its weight.
enum PDFFontName {
    private static let boldWords = ["bold", "black", "heavy", "semibold", "demi", "extrabold"]

    /// True for italic and oblique faces.
    static func isItalic(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("italic") || lower.contains("oblique")
    }

    /// True for bold, black, heavy, semibold and demibold faces.
    static func isBold(_ name: String) -> Bool {
        let lower = name.lowercased()
        return boldWords.contains { lower.contains($0) }
    }
}
