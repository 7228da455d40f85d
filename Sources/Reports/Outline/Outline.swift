import DwarsModel

/// The concept Hervormingsagenda: chapters by theme with their measures, the table totals and the open points.
public struct Outline: Sendable, Hashable, Codable {
    public var chapters: [OutlineChapter]
    public var totals: [TableTotal]
    public var openPoints: [OpenPoint]
    /// How the amounts count (from the settings).
    public var signNote: String

    public init(chapters: [OutlineChapter], totals: [TableTotal], openPoints: [OpenPoint], signNote: String) {
        self.chapters = chapters
        self.totals = totals
        self.openPoints = openPoints
        self.signNote = signNote
    }

    /// Every measure of every chapter.
    public var measures: [MeasureSummary] { chapters.flatMap(\.measures) }

    /// Most recommendations listed as not taken up by any measure.
    public static let maxNotTakenUp = 60

    /// Builds the outline from a measure catalog and the snapshot's consensus items.
    public static func build(
        _ snapshot: AnalysisSnapshot, catalog: MeasureCatalog, settings: OutlineSettings, labels: ReportLabels,
        index: SnapshotIndex? = nil
    ) -> Outline {
        let index = index ?? snapshot.index()
        var byTheme: [String: [MeasureSummary]] = [:]
        for measure in catalog.measures {
            let chapter = settings.chapter(theme: measure.theme)
            byTheme[chapter?.theme ?? "overig", default: []].append(measure)
        }
        var chapters: [OutlineChapter] = settings.chapters.compactMap { chapter in
            guard let measures = byTheme.removeValue(forKey: chapter.theme) else { return nil }
            return OutlineChapter(theme: chapter.theme, title: chapter.title, measures: measures)
        }
        for (theme, measures) in byTheme.sorted(by: { $0.key < $1.key }) {
            chapters.append(OutlineChapter(theme: theme, title: theme, measures: measures))
        }

        var points: [OpenPoint] = []
        for measure in catalog.measures {
            let name = "\(measure.displayCode) \(measure.name)"
            let sources = measure.source.map { [$0] } ?? []
            if measure.table != nil, measure.hasPM {
                let pmYears = measure.years.filter { $0.value == .pm }.map(\.year)
                points.append(
                    OpenPoint(
                        kind: .pm, about: measure.key,
                        text: "\(name): \(labels["phrase.pmOpen"]) (\(pmYears.joined(separator: ", ")))",
                        sources: sources))
            }
            if measure.agreement == false {
                points.append(
                    OpenPoint(
                        kind: .noAgreement, about: measure.key, text: "\(name): \(labels["phrase.noAgreement"])",
                        sources: sources))
            }
            for copy in measure.copies {
                switch copy.verdict {
                case .differs:
                    let years = copy.differingYears.isEmpty ? "" : " (\(copy.differingYears.joined(separator: ", ")))"
                    points.append(
                        OpenPoint(
                            kind: .copyDiffers, about: measure.key,
                            text: "\(name): \(labels["phrase.copyDiffers"])\(years): "
                                + copy.years.map { "\($0.year) \($0.display)" }.joined(separator: ", "),
                            sources: sources + [copy.source]))
                case .copyOnly:
                    points.append(
                        OpenPoint(
                            kind: .copyOnly, about: measure.key,
                            text: "\(name): \(labels["phrase.copyOnly"]) "
                                + copy.years.map { "\($0.year) \($0.display)" }.joined(separator: ", "),
                            sources: sources + [copy.source]))
                default: break
                }
            }
        }
        points += notTakenUp(snapshot, catalog: catalog, labels: labels, index: index)
        return Outline(chapters: chapters, totals: catalog.totals, openPoints: points, signNote: settings.signNote)
    }

    /// Consensus items reaching two or more documents with no code and no measure or table row among their
    /// members; without consensus items, the numbered recommendations without a code that back no measure.
    static func notTakenUp(
        _ snapshot: AnalysisSnapshot, catalog: MeasureCatalog, labels: ReportLabels, index: SnapshotIndex
    ) -> [OpenPoint] {
        let backing = Set(catalog.measures.flatMap(\.backing).map(\.location))
        var points: [OpenPoint] = []
        if !snapshot.consensusItems.isEmpty {
            for consensus in snapshot.consensusItems where consensus.bcodes.isEmpty {
                guard Set(consensus.members.map(\.doc)).count >= 2 else { continue }
                let items = consensus.members.map { index.item($0) }
                if items.contains(where: { $0?.kind == .measure || $0?.kind == .pm || !($0?.bcodes ?? []).isEmpty }) {
                    continue
                }
                if consensus.members.contains(where: { backing.contains($0.location) }) { continue }
                points.append(
                    OpenPoint(
                        kind: .notTakenUp, about: consensus.id,
                        text: "\(consensus.label): \(labels["phrase.notTakenUp"])",
                        sources: consensus.members.sorted().map { index.citation($0) }))
            }
        } else {
            for item in snapshot.items where item.kind == .recommendation && item.reported != true {
                guard item.form == "numbered-heading", (item.bcodes ?? []).isEmpty else { continue }
                let citation = index.citation(item)
                if backing.contains(citation.location) { continue }
                points.append(
                    OpenPoint(
                        kind: .notTakenUp, about: item.id ?? citation.location,
                        text: "\(citation.sentence): \(labels["phrase.notTakenUp"])", sources: [citation]))
            }
        }
        return Array(points.prefix(maxNotTakenUp))
    }
}
