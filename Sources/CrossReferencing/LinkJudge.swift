import DwarsModel
import Foundation

/// Gives each link its stance and relation from the texts of its ends, and puts it in canonical form:
/// one link per pair of places, `b` the end that voices the stance (else the later end in reading order).
///
/// An end voices a stance when it is tagged with one, when its own words hold a cue, or when the passage
/// around it (the section a heading opens, a sentence's paragraph) holds a cue marked `passage`.
/// Opposition wins: an end that opposes, or two ends that ask for opposite things (a contrast of
/// `linking-stance-contrasts.tsv`), make the link `opposes` and its relation `related`. Otherwise a
/// condition, then a tagged stance or a neutral cue (an end that only raises a question: relation
/// `related` too), then `supports` for a strong link. An agreeing cross-document link
/// between two recommendations relates as `same` (both ask for it), any other as `supports` (a measure
/// and the recommendation behind it, a passage that backs an item).
public struct LinkJudge: Sendable {
    public var stances: StanceDetector

    public init(stances: StanceDetector = .load()) {
        self.stances = stances
    }

    /// What one end voices, with the words that show it.
    typealias Voice = (stance: Stance, evidence: String)

    func voice(_ u: LinkUnit?, end: String) -> Voice? {
        guard let u else { return nil }
        if let s = u.stance { return (s, "stance \(s.rawValue) tagged in \(end)") }
        if let (s, cue) = stances.stance(in: u.text) { return (s, "stance cue \"\(cue)\" in \(end)") }
        if let (s, cue) = stances.passageStance(in: u.context) {
            return (s, "stance cue \"\(cue)\" in the passage of \(end)")
        }
        return nil
    }

    /// `links` judged and in canonical form, best first.
    public func judge(_ links: [ItemLink], units: [LinkUnit]) -> [ItemLink] {
        var unitByRef: [ItemRef: LinkUnit] = [:]
        for u in units where unitByRef[u.ref] == nil { unitByRef[u.ref] = u }
        var voices: [ItemRef: Voice?] = [:]
        func cachedVoice(_ r: ItemRef) -> Voice? {
            if let v = voices[r] { return v }
            let v = voice(unitByRef[r], end: "x")
            voices[r] = v
            return v
        }
        var best: [PlacePair: ItemLink] = [:]
        for raw in links {
            guard raw.a.doc != raw.b.doc || raw.a.line != raw.b.line else { continue }
            let link = judged(raw, unitByRef[raw.a], unitByRef[raw.b], cachedVoice(raw.a), cachedVoice(raw.b))
            let key = PlacePair(link.a, link.b)
            if let old = best[key], (old.score, old.b, old.a) >= (link.score, link.b, link.a) { continue }
            best[key] = link
        }
        return best.values.sorted { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
    }

    func judged(_ raw: ItemLink, _ ua: LinkUnit?, _ ub: LinkUnit?, _ va: Voice?, _ vb: Voice?) -> ItemLink {
        var link = raw
        link.evidence.removeAll { $0.hasPrefix("stance ") || $0.hasPrefix("contrast ") }
        let (low, high) = link.a <= link.b ? (link.a, link.b) : (link.b, link.a)
        func orient(voicedBy end: ItemRef?) {
            if let end { link.b = end; link.a = end == raw.a ? raw.b : raw.a } else { link.a = low; link.b = high }
        }
        // The voicing end becomes `b`, so its evidence names `b`.
        func named(_ v: Voice, _ end: ItemRef) -> String { v.evidence.replacingOccurrences(of: " x", with: " b") }
        var stance: Stance?
        var voicedBy: ItemRef?
        var note: String?
        if let v = vb, v.stance == .opposes {
            (stance, voicedBy, note) = (.opposes, raw.b, named(v, raw.b))
        } else if let v = va, v.stance == .opposes {
            (stance, voicedBy, note) = (.opposes, raw.a, named(v, raw.a))
        } else if let ua, let ub, let (x, y) = stances.contrast(ua.text, ub.text) {
            (stance, note) = (.opposes, "contrast \"\(x)\" / \"\(y)\"")
        } else if let v = vb, v.stance == .conditional {
            (stance, voicedBy, note) = (.conditional, raw.b, named(v, raw.b))
        } else if let v = va, v.stance == .conditional {
            (stance, voicedBy, note) = (.conditional, raw.a, named(v, raw.a))
        } else if let v = vb {
            (stance, voicedBy, note) = (v.stance, raw.b, named(v, raw.b))
        } else if let v = va {
            (stance, voicedBy, note) = (v.stance, raw.a, named(v, raw.a))
        } else if raw.score >= stances.supportScore {
            stance = .supports
        }
        orient(voicedBy: voicedBy)
        if let note { link.evidence.append(note) }
        link.stance = stance
        if link.sameDocument {
            link.relation = nil
        } else if stance == .opposes || stance == .neutral {
            // Disagreement, or an end that only raises the question: related, neither the same nor support.
            link.relation = .related
        } else {
            let bothAsk = ua?.kind == "recommendation" && ub?.kind == "recommendation"
            link.relation = bothAsk ? .same : .supports
        }
        return link
    }
}

/// An unordered pair of places (document and line): links between the same two places are one link.
struct PlacePair: Hashable {
    let low: String
    let high: String
    init(_ a: ItemRef, _ b: ItemRef) {
        let x = "\(a.doc)\u{1}\(a.line)"
        let y = "\(b.doc)\u{1}\(b.line)"
        if (a.doc, a.line) <= (b.doc, b.line) { low = x; high = y } else { low = y; high = x }
    }
}
