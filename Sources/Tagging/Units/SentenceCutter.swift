/// A small sentence splitter for the cue rules, until the Tokenization stage offers one.
///
/// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) before white space and
/// a capital, digit or opening quote — unless the word before the stop is a known abbreviation or a
/// single capital (an initial).
enum SentenceCutter {
    static let abbreviations: Set<String> = [
        "bijv", "bv", "o.a", "m.b.t", "e.d", "i.p.v", "t.o.v", "z.s.m", "incl", "ca", "nr", "nrs", "art", "blz",
        "p", "pp", "vgl", "resp", "dhr", "mevr", "mr", "dr", "prof", "drs", "ir", "jl", "e.a", "etc", "d.w.z",
        "m.n", "o.b.v", "a.d.h.v", "t.b.v", "i.s.m", "n.a.v", "m.u.v", "al", "zgn", "zg", "evt", "nl", "min",
        "mln", "mld", "mrd", "jr", "wo", "tel", "cf", "c.q", "i.c", "o.l.v", "m.i.v", "t.a.v", "e.e.a", "ggz",
        "st", "sr", "ed", "red", "fig", "tab", "par", "hfst", "bijl", "vs",
    ]

    /// The ranges of the sentences in `text`, in order, trimmed of surrounding spaces.
    static func sentences(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        var i = text.startIndex
        let closers: Set<Character> = ["”", "’", "\"", "'", ")", "»"]
        while i < text.endIndex {
            let c = text[i]
            if c == "." || c == "!" || c == "?" {
                var j = text.index(after: i)
                while j < text.endIndex, closers.contains(text[j]) || text[j] == "." { j = text.index(after: j) }
                if j < text.endIndex, text[j] == " " {
                    let k = text.index(after: j)
                    if k < text.endIndex, startsSentence(text[k]), c != "." || !isAbbreviation(text[start..<i]) {
                        result.append(start..<j)
                        start = k
                        i = k
                        continue
                    }
                }
                i = j
                continue
            }
            i = text.index(after: i)
        }
        if start < text.endIndex { result.append(start..<text.endIndex) }
        return result
    }

    static func startsSentence(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || "‘“\"'(•-–".contains(c)
    }

    static func isAbbreviation(_ before: Substring) -> Bool {
        let word = before.split(separator: " ").last.map { $0.drop(while: { "(‘“\"'".contains($0) }) } ?? ""
        if word.isEmpty { return false }
        if word.count == 1, let f = word.first, f.isUppercase { return true }  // an initial
        return abbreviations.contains(word.lowercased())
    }
}
