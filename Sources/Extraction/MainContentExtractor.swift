import Foundation

/// Finds the main content of an HTML page: a readability-style scorer over a `MarkupTree`.
///
/// Text containers (p, pre, td, h2-h6, section, and divs without block children) score by length and
/// commas; each container's score flows to its ancestors with falling weight, class/id cues from the
/// lexicon add or subtract, link-heavy nodes are discounted. The best node, its strong siblings and
/// their cleaned subtrees are the main content. Pages whose result is short are re-read with fewer
/// rules (no cue-based removal, then no class weights, then no cleaning), keeping the longest result.
/// A page that declares its content container (`html-content-containers.txt`) is taken as declared,
/// less code and furniture elements (class cues are not applied inside an official publication).
/// Every pass is iterative and linear in the number of nodes (times a small constant), so hostile
/// nesting depth costs no recursion.
struct MainContentExtractor {
    let tree: MarkupTree
    let lexicon: MainContentLexicon
    let metrics: MarkupTextMetrics

    init(tree: MarkupTree, lexicon: MainContentLexicon) {
        self.tree = tree
        self.lexicon = lexicon
        self.metrics = MarkupTextMetrics(tree: tree)
    }

    /// The rules a pass applies.
    struct Flags {
        var stripUnlikely: Bool
        var weightClasses: Bool
        var cleanConditionally: Bool
    }

    func extract() -> MainContent {
        guard !tree.nodes.isEmpty else { return MainContent(roots: [], excluded: []) }
        let pruner = MainContentPruner(tree: tree, lexicon: lexicon, metrics: metrics)
        let hard = pruner.codeAndHidden()
        let body = tree.firstElement(named: "body") ?? 0
        if let container = declaredContainer(excluded: hard) {
            return MainContent(roots: [container], excluded: pruner.furniture(base: hard, useCues: false))
        }
        let passes = [
            Flags(stripUnlikely: true, weightClasses: true, cleanConditionally: true),
            Flags(stripUnlikely: false, weightClasses: true, cleanConditionally: true),
            Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: true),
            Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: false),
        ]
        let minimum = Int(lexicon.setting("minArticleLength", 500))
        var best: (content: MainContent, length: Int)?
        for flags in passes {
            let excluded = pruner.furniture(base: hard, useCues: flags.stripUnlikely)
            let content = grab(body: body, excluded: excluded, flags: flags)
            let stats = MainContentStatistics(tree: tree, metrics: metrics, excluded: content.excluded)
            let length = content.roots.reduce(0) { $0 + stats[$1].text }
            if length >= minimum { return content }
            if best == nil || length > best!.length { best = (content, length) }
        }
        return best?.content ?? MainContent(roots: [body], excluded: hard)
    }

    /// The first element whose id or class is a declared content container, if any.
    private func declaredContainer(excluded: [Bool]) -> Int? {
        guard !lexicon.contentContainers.isEmpty else { return nil }
        for (i, node) in tree.nodes.enumerated() where !node.isText && !excluded[i] {
            if let id = node.attribute("id")?.lowercased(), lexicon.contentContainers.contains(id) { return i }
            if let cls = node.attribute("class")?.lowercased(),
                cls.split(separator: " ").contains(where: { lexicon.contentContainers.contains(String($0)) })
            {
                return i
            }
        }
        return nil
    }

    /// `DWARS_DEBUG_HTML=1` traces candidate scores and cleaner removals on stderr (for tuning).
    static let debug = ProcessInfo.processInfo.environment["DWARS_DEBUG_HTML"] != nil

    static func trace(_ items: Any...) {
        FileHandle.standardError.write(Data((items.map { "\($0)" }.joined(separator: " ") + "\n").utf8))
    }

    func describe(_ i: Int) -> String {
        let n = tree.nodes[i]
        return "\(i):\(n.name).\(n.attribute("class") ?? "")#\(n.attribute("id") ?? "")"
    }

    // MARK: one pass

    private func grab(body: Int, excluded: [Bool], flags: Flags) -> MainContent {
        let stats = MainContentStatistics(tree: tree, metrics: metrics, excluded: excluded)
        let n = tree.nodes.count
        var score = Array(repeating: 0.0, count: n)
        var initialised = Array(repeating: false, count: n)
        var candidates: [Int] = []
        let minLength = Int(lexicon.setting("minParagraphLength", 25))
        let maxBonus = lexicon.setting("maxLengthBonus", 3)
        let levels = Int(lexicon.setting("ancestorLevels", 5))
        var weights: [Int: Double] = [:]
        func weight(_ i: Int) -> Double {
            guard flags.weightClasses else { return 0 }
            if let w = weights[i] { return w }
            let w = lexicon.classWeight(tree.nodes[i])
            weights[i] = w
            return w
        }
        func credit(firstAncestor: Int, length: Int, commas: Int) {
            guard length >= minLength else { return }
            let contentScore = 1 + Double(commas) + min(Double(length / 100), maxBonus)
            var a = firstAncestor
            var level = 0
            while a >= 0 && level < levels {
                let parent = Int(tree.nodes[a].parent)
                guard parent >= 0 else { break }
                if !initialised[a] {
                    initialised[a] = true
                    score[a] = baseScore(tree.nodes[a].name) + weight(a)
                    candidates.append(a)
                }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
                score[a] += contentScore / divider
                a = parent
                level += 1
            }
        }
        for i in body..<n where !excluded[i] {
            let node = tree.nodes[i]
            guard !node.isText else { continue }
            if isContainer(i, stats: stats) {
                credit(firstAncestor: Int(node.parent), length: stats[i].text, commas: stats[i].commas)
            } else if Self.divLike.contains(node.name) {
                // Inline runs directly inside a div with block children read as paragraphs of that div.
                var runLength = 0
                var runCommas = 0
                for child in node.children.map(Int.init) where !excluded[child] {
                    let c = tree.nodes[child]
                    if !c.isText && (MainContentStatistics.blockNames.contains(c.name) || stats[child].hasBlock) {
                        credit(firstAncestor: i, length: runLength, commas: runCommas)
                        runLength = 0
                        runCommas = 0
                    } else {
                        runLength += stats[child].text
                        runCommas += stats[child].commas
                    }
                }
                credit(firstAncestor: i, length: runLength, commas: runCommas)
            }
        }
        for c in candidates { score[c] *= 1 - stats[c].linkDensity }
        candidates.sort { score[$0] > score[$1] }
        if Self.debug {
            for c in candidates.prefix(5) {
                MainContentExtractor.trace("candidate", describe(c), score[c], stats[c].text, stats[c].linkDensity)
            }
        }
        guard var top = candidates.first, top != body else {
            return finish(roots: [body], excluded: excluded, stats: stats, flags: flags)
        }
        top = refine(
            top: top, candidates: candidates, score: score, initialised: initialised, body: body,
            excluded: excluded)
        let roots = siblings(of: top, score: score, initialised: initialised, stats: stats, excluded: excluded)
        if Self.debug {
            MainContentExtractor.trace("top", describe(top), "roots", roots.map(describe))
        }
        return finish(roots: roots, excluded: excluded, stats: stats, flags: flags)
    }

    private func finish(roots: [Int], excluded: [Bool], stats: MainContentStatistics, flags: Flags) -> MainContent {
        guard flags.cleanConditionally else { return MainContent(roots: roots, excluded: excluded) }
        let cleaner = MainContentCleaner(
            tree: tree, lexicon: lexicon, metrics: metrics, weightClasses: flags.weightClasses)
        return MainContent(roots: roots, excluded: cleaner.clean(roots: roots, excluded: excluded))
    }

    /// Readability's promotion rules: a common ancestor of several near-best candidates, then a parent
    /// that scores higher, then a parent whose only child the candidate is.
    private func refine(
        top: Int, candidates: [Int], score: [Double], initialised: [Bool], body: Int,
        excluded: [Bool]
    ) -> Int {
        var top = top
        let topScore = score[top]
        var alternatives: [Set<Int>] = []
        for c in candidates.dropFirst().prefix(4) where topScore > 0 && score[c] / topScore >= 0.75 {
            alternatives.append(Set(ancestors(of: c)))
        }
        if alternatives.count >= 3 {
            var p = Int(tree.nodes[top].parent)
            while p >= 0 && p != body {
                if alternatives.filter({ $0.contains(p) }).count >= 3 {
                    top = p
                    break
                }
                p = Int(tree.nodes[p].parent)
            }
        }
        var p = Int(tree.nodes[top].parent)
        var lastScore = score[top]
        let threshold = lastScore / 3
        while p >= 0 && p != body {
            if !initialised[p] {
                p = Int(tree.nodes[p].parent)
                continue
            }
            if score[p] < threshold { break }
            if score[p] > lastScore {
                top = p
                break
            }
            lastScore = score[p]
            p = Int(tree.nodes[p].parent)
        }
        p = Int(tree.nodes[top].parent)
        while p >= 0 && p != body && elementChildren(p, excluded: excluded).count == 1 {
            top = p
            p = Int(tree.nodes[top].parent)
        }
        return top
    }

    /// The top candidate with the siblings that join it, in document order.
    private func siblings(
        of top: Int, score: [Double], initialised: [Bool], stats: MainContentStatistics,
        excluded: [Bool]
    ) -> [Int] {
        let parent = Int(tree.nodes[top].parent)
        guard parent >= 0 else { return [top] }
        let share = lexicon.setting("siblingShare", 0.2)
        let threshold = max(lexicon.setting("siblingMinimum", 10), score[top] * share)
        let topClass = tree.nodes[top].attribute("class") ?? ""
        var roots: [Int] = []
        for s in elementChildren(parent, excluded: excluded) {
            if s == top {
                roots.append(s)
                continue
            }
            var bonus = 0.0
            if !topClass.isEmpty && tree.nodes[s].attribute("class") == topClass { bonus = score[top] * share }
            if initialised[s] && score[s] + bonus >= threshold {
                roots.append(s)
            } else if tree.nodes[s].name == "p" || (Self.divLike.contains(tree.nodes[s].name) && !stats[s].hasBlock) {
                let length = stats[s].text
                let density = stats[s].linkDensity
                if length > 80 && density < 0.25 {
                    roots.append(s)
                } else if length > 0 && length <= 80 && density == 0 && endsSentence(s) {
                    roots.append(s)
                }
            }
        }
        return roots
    }

    private func endsSentence(_ i: Int) -> Bool {
        let text = MarkupText.clean(tree.rawText(of: i))
        return text.hasSuffix(".") || text.contains(". ")
    }

    private func ancestors(of i: Int) -> [Int] {
        var result: [Int] = []
        var p = Int(tree.nodes[i].parent)
        while p >= 0 {
            result.append(p)
            p = Int(tree.nodes[p].parent)
        }
        return result
    }

    private func elementChildren(_ i: Int, excluded: [Bool]) -> [Int] {
        tree.nodes[i].children.map(Int.init).filter { !excluded[$0] && !tree.nodes[$0].isText }
    }

    static let scoredNames: Set<String> = ["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"]
    static let divLike: Set<String> = ["div", "article", "main", "section"]

    private func isContainer(_ i: Int, stats: MainContentStatistics) -> Bool {
        let name = tree.nodes[i].name
        if Self.scoredNames.contains(name) { return true }
        return name == "div" && !stats[i].hasBlock
    }

    private func baseScore(_ name: String) -> Double {
        switch name {
        case "div": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

}
