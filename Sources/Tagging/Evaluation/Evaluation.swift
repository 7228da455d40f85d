import Foundation

/// Scores tagger output against gold annotations exactly as `../shared/gold/score.py` does.
///
/// Matching is one-to-one and greedy by best pair score within one document; the pair rules per kind
/// (line windows, word Dice thresholds, code equality) and the attribute accuracies are those of the
/// script, including its tie-breaking (candidates sorted by score, then gold index, then prediction
/// index, all descending) and its key order, so `dwars eval` prints the same figures byte for byte.
public struct Evaluation: Sendable {
    /// The kinds scored, in print order.
    public static let kinds = ["recommendation", "measure", "pm", "xref", "subdoc"]
    static let years = (2022...2028).map(String.init)

    /// One loaded object with its base-name document.
    public struct Item: Sendable {
        public var doc: String
        public var json: EvaluationJSON
        var kind: String? { json["kind"]?.string }
    }

    /// The score of one kind.
    public struct KindScore: Sendable, Equatable {
        public var kind: String
        public var gold: Int
        public var pred: Int
        public var matched: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Attribute accuracies in the order score.py reports them.
        public var attributes: [(name: String, value: Double)]

        public static func == (a: KindScore, b: KindScore) -> Bool {
            a.kind == b.kind && a.gold == b.gold && a.pred == b.pred && a.matched == b.matched
                && a.precision == b.precision && a.recall == b.recall && a.f1 == b.f1
                && a.attributes.map(\.name) == b.attributes.map(\.name)
                && a.attributes.map(\.value) == b.attributes.map(\.value)
        }
    }

    /// Why an input could not be read.
    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(path: String)
        case notJSON(path: String, line: Int, reason: String)
        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): cannot read"
            case .notJSON(let path, let line, let reason): return "\(path):\(line): not JSON: \(reason)"
            }
        }
    }

    public init() {}

    /// Loads JSON Lines from files or folders (a folder: its `*.jsonl` files in name order).
    public static func load(paths: [String]) throws(LoadError) -> [Item] {
        var items: [Item] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            var files = [path]
            if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
                files = names.filter { $0.hasSuffix(".jsonl") }.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
                    .map { (path as NSString).appendingPathComponent($0) }
            }
            for file in files {
                guard let data = fm.contents(atPath: file) else { throw .unreadable(path: file) }
                var text = String(decoding: data, as: UTF8.self)
                if text.contains("\r") {
                    text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                }
                for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
                    if line.isEmpty { continue }
                    let json: EvaluationJSON
                    do { json = try EvaluationJSON.parse(line) } catch {
                        throw .notJSON(path: file, line: n + 1, reason: error.description)
                    }
                    let docValue = json["doc"] ?? .string("")
                    let docString = docValue.string ?? docValue.pythonString
                    let doc = docString.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                    items.append(Item(doc: doc, json: json))
                }
            }
        }
        return items
    }

    static func lineOf(_ o: EvaluationJSON, _ key: String = "line") -> Int? {
        switch o[key] {
        case .int(let s)?: return Int(s)
        case .float(let d)?: return d.isFinite ? Int(d.rounded(.towardZero)) : nil
        case .bool(let b)?: return b ? 1 : 0
        case .string(let s)?: return !s.isEmpty && s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber) ? Int(s) : nil
        default: return nil
        }
    }

    static func text(_ o: EvaluationJSON, _ key: String) -> String? {
        guard let v = o[key], v.isTruthy else { return nil }
        return v.string ?? v.pythonString
    }

    static func normValue(_ v: EvaluationJSON?) -> String? {
        guard let v, v != .null else { return nil }
        var s = v.pythonString.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        return s
    }

    /// A prepared item: its JSON plus the word lists the pair rules compare.
    struct Prepared {
        var json: EvaluationJSON
        var line: Int?
        var startLine: Int?
        var words: [String]
        var bcode: EvaluationJSON?
    }

    static func prepare(_ kind: String, _ item: Item) -> Prepared {
        let o = item.json
        let wordKey: String
        switch kind {
        case "recommendation": wordKey = "text"
        case "xref": wordKey = "surface"
        default: wordKey = "name"
        }
        var bcode = o["bcode"]
        if let b = bcode, !b.isTruthy { bcode = nil }
        return Prepared(
            json: o, line: lineOf(o), startLine: lineOf(o, "start_line"), words: ScoreWords.words(text(o, wordKey)),
            bcode: bcode)
    }

    static func pairScore(_ kind: String, _ g: Prepared, _ p: Prepared) -> Double? {
        if kind == "subdoc" {
            guard let a = g.startLine, let b = p.startLine, abs(a - b) <= 3 else { return nil }
            return 1.0 - 0.01 * Double(abs(a - b))
        }
        guard let a = g.line, let b = p.line else { return nil }
        let d = abs(a - b)
        switch kind {
        case "recommendation", "xref":
            let limit = kind == "recommendation" ? 3 : 2
            guard d <= limit else { return nil }
            let s = ScoreWords.dice(words: g.words, p.words)
            return s >= 0.5 ? s - 0.01 * Double(d) : nil
        case "measure", "pm":
            guard d <= (kind == "measure" ? 1 : 3) else { return nil }
            if g.bcode != nil || p.bcode != nil {
                return g.bcode == p.bcode ? 1.0 - 0.01 * Double(d) : nil
            }
            let s = ScoreWords.dice(words: g.words, p.words)
            return s >= 0.6 ? s - 0.01 * Double(d) : nil
        default:
            return nil
        }
    }

    static func match(_ kind: String, _ gold: [Prepared], _ pred: [Prepared]) -> [(Int, Int)] {
        var candidates: [(Double, Int, Int)] = []
        for (i, g) in gold.enumerated() {
            for (j, p) in pred.enumerated() {
                if let s = pairScore(kind, g, p) { candidates.append((s, i, j)) }
            }
        }
        candidates.sort { a, b in
            if a.0 != b.0 { return a.0 > b.0 }
            if a.1 != b.1 { return a.1 > b.1 }
            return a.2 > b.2
        }
        var usedG = Set<Int>()
        var usedP = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (_, i, j) in candidates where !usedG.contains(i) && !usedP.contains(j) {
            usedG.insert(i)
            usedP.insert(j)
            pairs.append((i, j))
        }
        return pairs
    }

    static func stringSet(_ v: EvaluationJSON?) -> Set<String> {
        guard let v, v.isTruthy else { return [] }
        switch v {
        case .array(let a): return Set(a.map { $0.string ?? $0.pythonString })
        case .string(let s): return Set(s.map(String.init))
        default: return []
        }
    }

    /// Python's `round(x, 3)`: the correctly rounded three-decimal value.
    static func round3(_ x: Double) -> Double {
        Double(String(format: "%.3f", x)) ?? x
    }

    /// Scores `pred` against `gold`, over `docs` (default: every document the gold names).
    public static func score(gold: [Item], pred: [Item], docs: Set<String>? = nil) -> [KindScore] {
        let docSet = docs ?? Set(gold.map(\.doc))
        let sortedDocs = docSet.sorted { $0.unicodeScalars.map(\.value).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
        var result: [KindScore] = []
        for kind in kinds {
            var tp = 0
            var ng = 0
            var np = 0
            var attrOrder: [String] = []
            var attr: [String: (Int, Int)] = [:]
            func bump(_ key: String, _ hit: Bool) {
                if attr[key] == nil { attrOrder.append(key); attr[key] = (0, 0) }
                attr[key]!.1 += 1
                if hit { attr[key]!.0 += 1 }
            }
            let goldOfKind = gold.filter { $0.kind == kind }
            let predOfKind = pred.filter { $0.kind == kind }
            for doc in sortedDocs {
                let g = goldOfKind.filter { $0.doc == doc }.map { prepare(kind, $0) }
                let p = predOfKind.filter { $0.doc == doc }.map { prepare(kind, $0) }
                let pairs = match(kind, g, p)
                tp += pairs.count
                ng += g.count
                np += p.count
                if kind == "recommendation" {
                    let found = Set(pairs.map(\.0))
                    for (i, go) in g.enumerated() {
                        let form = go.json["form"].flatMap { $0.isTruthy ? ($0.string ?? $0.pythonString) : nil } ?? "?"
                        bump("recall " + form, found.contains(i))
                    }
                }
                for (i, j) in pairs {
                    let go = g[i].json
                    let po = p[j].json
                    if kind == "pm" {
                        for y in years {
                            guard let gv = normValue(go["years"]?[y]) else { continue }
                            bump("year cells", gv == normValue(po["years"]?[y]))
                        }
                    }
                    if kind == "recommendation" {
                        for key in ["bcodes", "themes"] {
                            let gs = stringSet(go[key])
                            if !gs.isEmpty { bump(key + " (gold set covered)", gs.isSubset(of: stringSet(po[key]))) }
                        }
                    }
                    if kind == "xref", let gt = go["target_doc"], gt.isTruthy {
                        bump("target_doc", gt == (po["target_doc"] ?? .null))
                    }
                }
            }
            if ng == 0 && np == 0 { continue }
            let precision = np > 0 ? Double(tp) / Double(np) : 0
            let recall = ng > 0 ? Double(tp) / Double(ng) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            result.append(
                KindScore(
                    kind: kind, gold: ng, pred: np, matched: tp, precision: round3(precision), recall: round3(recall),
                    f1: round3(f1),
                    attributes: attrOrder.compactMap { key in
                        let (hit, all) = attr[key]!
                        return all > 0 ? (key, round3(Double(hit) / Double(all))) : nil
                    }))
        }
        return result
    }
}
