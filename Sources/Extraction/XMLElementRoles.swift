import DwarsModel

/// What each OEP XML element becomes in the block model, read from `Lexicons/oep-elements.tsv`.
struct XMLElementRoles: Sendable {
    enum Role: Sendable, Equatable {
        case skip
        case heading(Int)
        case paragraph
        case listItem
        case label
        case tableRow
        case cell
        case footnote
        case inline
        /// Not listed: ends the running block where it opens and closes.
        case container
    }

    var roles: [String: Role]

    func role(of name: String) -> Role { roles[name] ?? .container }

    static let shared: Result<XMLElementRoles, LexiconDirectory.LoadError> = {
        do {
            var roles: [String: Role] = [:]
            for row in try LexiconDirectory.table("oep-elements.tsv") where row.count >= 2 {
                let role: Role?
                switch row[1] {
                case "skip": role = .skip
                case "heading": role = .heading(row.count >= 3 ? Int(row[2]) ?? 1 : 1)
                case "paragraph": role = .paragraph
                case "listItem": role = .listItem
                case "label": role = .label
                case "tableRow": role = .tableRow
                case "cell": role = .cell
                case "footnote": role = .footnote
                case "inline": role = .inline
                default: role = nil
                }
                if let role { roles[row[0].lowercased()] = role }
            }
            return .success(XMLElementRoles(roles: roles))
        } catch let error as LexiconDirectory.LoadError {
            return .failure(error)
        } catch {
            return .failure(.notFound(name: "oep-elements.tsv"))
        }
    }()
}
