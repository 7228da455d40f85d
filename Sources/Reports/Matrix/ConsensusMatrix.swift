import DwarsModel

/// Consensus items (rows) against documents (columns), each cell with its level and evidence.
public struct ConsensusMatrix: Sendable, Hashable, Codable {
    public var columns: [DocumentSummary]
    public var rows: [MatrixRow]

    public init(columns: [DocumentSummary], rows: [MatrixRow]) {
        self.columns = columns
        self.rows = rows
    }

    /// Builds the matrix of a snapshot.
    ///
    /// A member's level: the document's own recommendation is `explicit`, a reported one `mentions`; a
    /// `position` item gives its stance; a link from another member of the row (in another document) to this
    /// member (`b`) that carries a stance gives that stance; anything else `mentions`. Positions elsewhere in the same document whose
    /// `about` names the row's code or a member id count as well. Rows are ordered by the number of
    /// documents they reach, then by label.
    public static func build(_ snapshot: AnalysisSnapshot, index: SnapshotIndex? = nil) -> ConsensusMatrix {
        let index = index ?? snapshot.index()
        var columns = snapshot.documents
        var known = Set(columns.map(\.file))
        for member in snapshot.consensusItems.flatMap(\.members) where !known.contains(member.doc) {
            columns.append(DocumentSummary(file: member.doc))
            known.insert(member.doc)
        }
        var stancedLinks: [ItemRef: [ItemLink]] = [:]
        for link in snapshot.links where link.stance != nil { stancedLinks[link.b, default: []].append(link) }
        let positionsByDoc = Dictionary(grouping: snapshot.positions, by: \.doc)

        var rows: [MatrixRow] = []
        for consensus in snapshot.consensusItems {
            var levels: [String: [(MatrixLevel, Citation)]] = [:]
            let memberIds = Set(consensus.members.map(\.id).filter { !$0.isEmpty })
            let codes = Set(consensus.bcodes.flatMap(BCode.expand))
            let memberSet = Set(consensus.members)
            for member in consensus.members {
                let item = index.item(member)
                var level = memberLevel(item)
                // Only a stance towards another member of the same row counts.
                for link in stancedLinks[member] ?? [] where memberSet.contains(link.a) && link.a.doc != member.doc {
                    if let stance = link.stance { level = max(level, stanceLevel(stance)) }
                }
                levels[member.doc, default: []].append((level, index.citation(member)))
            }
            for (doc, _) in levels {
                for position in positionsByDoc[doc] ?? [] {
                    guard let about = position.about, let stance = position.stance else { continue }
                    let aboutCodes = Set(BCode.expand(about))
                    if memberIds.contains(about) || !aboutCodes.isDisjoint(with: codes) {
                        levels[doc]?.append((stanceLevel(stance), index.citation(position)))
                    }
                }
            }
            let cells = columns.map { column -> MatrixCell in
                guard let found = levels[column.file], !found.isEmpty else {
                    return MatrixCell(doc: column.file, level: .absent)
                }
                let sorted = found.sorted { ($0.0.strength, -$0.1.line) > ($1.0.strength, -$1.1.line) }
                var seen = Set<String>()
                let evidence = sorted.map(\.1).filter { seen.insert($0.location).inserted }
                return MatrixCell(doc: column.file, level: sorted[0].0, evidence: evidence)
            }
            rows.append(
                MatrixRow(
                    id: consensus.id, label: consensus.label, members: Self.locations(consensus.members),
                    themes: consensus.themes, bcodes: consensus.bcodes, cells: cells))
        }
        rows.sort { ($0.documentCount, $1.label) > ($1.documentCount, $0.label) }
        return ConsensusMatrix(columns: columns, rows: rows)
    }

    /// `FILE:LINE` of each member, sorted, each place once.
    static func locations(_ members: [ItemRef]) -> [String] {
        var seen = Set<String>()
        return members.sorted().map(\.location).filter { seen.insert($0).inserted }
    }

    static func memberLevel(_ item: TaggedItem?) -> MatrixLevel {
        guard let item else { return .mentions }
        switch item.kind {
        case .recommendation: return item.reported == true ? .mentions : .explicit
        case .position: return item.stance.map(stanceLevel) ?? .mentions
        default: return .mentions
        }
    }

    static func stanceLevel(_ stance: Stance) -> MatrixLevel {
        switch stance {
        case .supports, .conditional: .supports
        case .opposes: .opposes
        case .neutral: .mentions
        }
    }
}
