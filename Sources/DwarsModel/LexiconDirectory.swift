import Foundation

/// Finds the `Lexicons/` folder and reads its files, so rules and word lists stay data.
///
/// Search order: `$DWARS_LEXICONS`; `./Lexicons`; `Lexicons/` beside or above the running executable
/// (a `.build/<config>/dwars` binary finds the checkout's folder); the checkout this module was built from.
/// A user adds entries by editing the files: nothing is compiled in.
public enum LexiconDirectory {
    /// The folder in use; nil when none is found.
    public static let url: URL? = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["DWARS_LEXICONS"] {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Lexicons"))
        var exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<5 {
            exe.deleteLastPathComponent()
            candidates.append(exe.appendingPathComponent("Lexicons"))
        }
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { source.deleteLastPathComponent() }
        candidates.append(source.appendingPathComponent("Lexicons"))
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }()

    /// Why a lexicon could not be read.
    public enum LoadError: Error, CustomStringConvertible {
        case notFound(name: String)
        public var description: String {
            switch self {
            case .notFound(let name):
                return "lexicon \(name) not found: set DWARS_LEXICONS to the project's Lexicons/ folder"
            }
        }
    }

    /// The raw text of `Lexicons/<name>`.
    public static func text(_ name: String) throws -> String {
        guard let url = url?.appendingPathComponent(name),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw LoadError.notFound(name: name) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The non-empty lines of `Lexicons/<name>` with `#` comments (whole-line or after " #") removed and
    /// whitespace trimmed.
    public static func entries(_ name: String) throws -> [String] {
        try text(name).split(separator: "\n", omittingEmptySubsequences: true).compactMap { raw in
            var line = Substring(raw)
            if line.hasPrefix("#") { return nil }
            if let r = line.range(of: " #") { line = line[..<r.lowerBound] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Entries of a tab-separated lexicon: each line split at tabs into fields.
    public static func table(_ name: String) throws -> [[String]] {
        try entries(name).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        } }
    }
}
