/// What `dwars backing` was asked: a measure code, an item id, a `FILE:LINE` location or free text.
public enum BackingQuery: Sendable, Hashable {
    /// A measure code ("B5").
    case code(String)
    /// A tagged item's id ("SER21-R7").
    case itemID(String)
    /// A source location: file name (or its leading part) and 1-based line.
    case location(file: String, line: Int)
    /// Anything else: words to look for.
    case text(String)

    /// Reads a query the way the command line gives it; `knownIDs` decides whether a token is an item id.
    public init(parsing raw: String, knownIDs: Set<String> = []) {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let colon = s.lastIndex(of: ":"), let line = Int(s[s.index(after: colon)...]), line > 0,
            !s[..<colon].isEmpty, !s[..<colon].contains(" ")
        {
            self = .location(file: String(s[..<colon]), line: line)
        } else if Self.isCode(s) {
            self = .code(s.uppercased())
        } else if knownIDs.contains(s) {
            self = .itemID(s)
        } else {
            self = .text(s)
        }
    }

    static func isCode(_ s: String) -> Bool {
        let u = s.uppercased()
        guard u.hasPrefix("B"), u.count >= 2, u.count <= 3 else { return false }
        return u.dropFirst().allSatisfy(\.isNumber)
    }

    /// How the query is echoed in the output.
    public var description: String {
        switch self {
        case .code(let c): return c
        case .itemID(let id): return id
        case .location(let file, let line): return "\(file):\(line)"
        case .text(let t): return t
        }
    }
}
