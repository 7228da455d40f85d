import DwarsModel

/// The function words the recommendation rule reads sentence structure from (conjunctions, articles,
/// prepositions), by role, from `Lexicons/recommendation-function-words.tsv`.
struct RecommendationFunctionWords: Sendable {
    /// Words inside a letter actor's name or between two actors ("en", "van").
    var actorJoiners: Set<String>
    /// Articles between a verb of acting and its actor ("de", "het").
    var articles: Set<String>
    /// Words joining two words of one phrase ("en", "of").
    var coordinators: Set<String>
    /// Words after which a closing infinitive is no action ("te", "om").
    var infinitiveBlockers: Set<String>
    /// Last words that show a list item is a piece of a broken sentence ("en").
    var fragmentEndings: Set<String>

    /// A lexicon row with an unknown role, or a role missing.
    enum LoadError: Error, CustomStringConvertible {
        case unknownRole(String)
        case missingRole(String)

        var description: String {
            switch self {
            case .unknownRole(let r): return "recommendation-function-words.tsv: unknown role '\(r)'"
            case .missingRole(let r): return "recommendation-function-words.tsv: role '\(r)' missing"
            }
        }
    }

    static let roles = ["actor-joiner", "article", "coordinator", "infinitive-blocker", "fragment-ending"]

    static func load() throws -> RecommendationFunctionWords {
        var byRole: [String: Set<String>] = [:]
        for row in try LexiconDirectory.table("recommendation-function-words.tsv") {
            guard let role = row.first, !role.isEmpty else { continue }
            guard roles.contains(role) else { throw LoadError.unknownRole(role) }
            let words = row.dropFirst().flatMap { $0.split(separator: " ").map { $0.lowercased() } }
            byRole[role, default: []].formUnion(words)
        }
        func words(_ role: String) throws -> Set<String> {
            guard let w = byRole[role], !w.isEmpty else { throw LoadError.missingRole(role) }
            return w
        }
        return RecommendationFunctionWords(
            actorJoiners: try words("actor-joiner"), articles: try words("article"),
            coordinators: try words("coordinator"), infinitiveBlockers: try words("infinitive-blocker"),
            fragmentEndings: try words("fragment-ending"))
    }
}
