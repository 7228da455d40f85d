import DwarsModel
import Foundation
import Synchronization

/// Splits Dutch compounds into dictionary words: "jeugdhulpaanbieders" -> jeugd + hulp + aanbieders,
/// "kwaliteitseisen" -> kwaliteit + eisen (the linking "s" dropped).
///
/// Driven by a real Dutch word list (Debian wdutch, `/usr/share/dict/nederlands`), not a hand list: a word
/// is cut into the fewest parts of at least four letters that are all in the list (names, i.e. capitalised
/// entries, left out), skipping a linking
/// element from `Lexicons/compound-links.txt` between parts (at most three at one level); each part is split
/// again the same way. A word that is itself in the list is only cut in two, when one part has five letters
/// or more and the cut is not between two vowels; strings in `Lexicons/compound-nonparts.txt` (particles,
/// suffixes) are never parts. Input and parts are folded
/// (`MatchNormalizer.fold`). Results are cached; the word list is read once, on first use of `shared`.
public final class CompoundSplitter: Sendable {
    /// Where Debian's wdutch installs the Dutch word list.
    public static let defaultWordListPath = "/usr/share/dict/nederlands"

    private static let sharedResult: Result<CompoundSplitter, TokenizationError> = {
        do { return .success(try CompoundSplitter()) } catch let error as TokenizationError {
            return .failure(error)
        } catch { return .failure(.wordListUnreadable(path: defaultWordListPath)) }
    }()

    /// The splitter over the default word list and lexicons, loaded on first use.
    public static func shared() throws -> CompoundSplitter { try sharedResult.get() }

    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    /// Shortest part; shorter dictionary entries are mostly noise in compounds.
    static let minimumPart = 4

    private let words: Set<String>
    private let nonParts: Set<String>
    private let links: [String]
    private let cache = Mutex<[String: [String]]>([:])

    /// Reads the word list and the two lexicons.
    public convenience init(wordListPath: String = CompoundSplitter.defaultWordListPath) throws {
        guard let data = FileManager.default.contents(atPath: wordListPath) else {
            throw TokenizationError.wordListUnreadable(path: wordListPath)
        }
        let list = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        do {
            self.init(
                words: list, nonParts: try LexiconDirectory.entries("compound-nonparts.txt"),
                links: try LexiconDirectory.entries("compound-links.txt"))
        } catch let LexiconDirectory.LoadError.notFound(name) {
            throw TokenizationError.lexiconMissing(name: name)
        }
    }

    /// A splitter over explicit word lists (for tests).
    public init(words: [String], nonParts: [String], links: [String]) {
        var set = Set<String>()
        set.reserveCapacity(words.count)
        // Capitalised entries are names ("Verdi", "Gemini"): as parts they only produce false cuts.
        for w in words where w.utf8.count >= Self.minimumPart {
            if let first = w.unicodeScalars.first, first.properties.isUppercase { continue }
            set.insert(MatchNormalizer.fold(w))
        }
        self.words = set
        self.nonParts = Set(nonParts.map(MatchNormalizer.fold))
        self.links = links.map(MatchNormalizer.fold).sorted { $0.count > $1.count }
    }

    /// Whether the folded form of `word` is in the word list.
    public func isWord(_ word: String) -> Bool { words.contains(MatchNormalizer.fold(word)) }

    /// The parts of `word`, folded; `[fold(word)]` when it is not a compound. Hyphens split first.
    public func split(_ word: String) -> [String] {
        let folded = MatchNormalizer.fold(word)
        if let hit = cache.withLock({ $0[folded] }) { return hit }
        var parts: [String] = []
        for piece in folded.split(separator: "-") where !piece.isEmpty {
            parts += splitPiece(Array(piece.unicodeScalars))
        }
        if parts.isEmpty { parts = [folded] }
        let result = parts
        cache.withLock { $0[folded] = result }
        return result
    }

    // MARK: internals

    private func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }

    private func isPart(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard s.count >= Self.minimumPart else { return false }
        let text = string(s)
        return words.contains(text) && !nonParts.contains(text)
    }

    /// A split into at least two parts, recursively refined.
    private func splitPiece(_ w: [Unicode.Scalar]) -> [String] {
        guard let best = bestSplit(w) else { return [string(w[...])] }
        return best.flatMap { splitPiece(Array($0.unicodeScalars)) }
    }

    private struct Candidate {
        var parts: [String]
        var linkCount: Int
        var squares: Int
        /// Fewer parts, then fewer links, then longer parts win.
        func better(than other: Candidate) -> Bool {
            if parts.count != other.parts.count { return parts.count < other.parts.count }
            if linkCount != other.linkCount { return linkCount < other.linkCount }
            return squares > other.squares
        }
    }

    /// The best cut of `w` into two or more parts, or nil.
    private func bestSplit(_ w: [Unicode.Scalar]) -> [String]? {
        let n = w.count
        let m = Self.minimumPart
        guard n >= 2 * m else { return nil }
        // cover[i]: best cover of w[i...] by one or more parts.
        var cover = [Candidate?](repeating: nil, count: n + 1)
        for i in stride(from: n - m, through: 0, by: -1) {
            var best: Candidate? = nil
            if i > 0, isPart(w[i...]) {
                let tail = string(w[i...])
                best = Candidate(parts: [tail], linkCount: 0, squares: (n - i) * (n - i))
            }
            var j = i + m
            while j <= n - m {
                defer { j += 1 }
                guard isPart(w[i..<j]) else { continue }
                let head = string(w[i..<j])
                for link in [""] + links {
                    let linkScalars = Array(link.unicodeScalars)
                    let k = j + linkScalars.count
                    guard k <= n - m, w[j..<k].elementsEqual(linkScalars), let rest = cover[k] else { continue }
                    let c = Candidate(
                        parts: [head] + rest.parts, linkCount: rest.linkCount + (link.isEmpty ? 0 : 1),
                        squares: rest.squares + (j - i) * (j - i))
                    if best == nil || c.better(than: best!) { best = c }
                }
            }
            cover[i] = best
        }
        guard let top = cover[0], top.parts.count >= 2 else { return nil }
        if words.contains(string(w[...])) {
            // A listed word is cut once, in two, and only where it looks like a seam: one part of five
            // letters or more, and not between two vowels ("verdi|epen", "conto|uren").
            guard top.parts.count == 2, top.parts.contains(where: { $0.unicodeScalars.count >= 5 }) else { return nil }
            if top.linkCount == 0, let last = top.parts[0].unicodeScalars.last,
                let first = top.parts[1].unicodeScalars.first,
                Self.vowels.contains(last), Self.vowels.contains(first)
            {
                return nil
            }
            return top.parts
        }
        // An unlisted word in more than three parts is mostly noise ("profes|iona|lise|ring").
        return top.parts.count <= 3 ? top.parts : nil
    }
}
