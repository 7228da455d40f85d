/// Reads the label at the start of a line: "1.", "2.4", "a)", "ii.", "•", "Uitgangspunt 3a:".
///
/// Mechanism only; the bullet characters and the label nouns come from `Lexicons/` through
/// `RecommendationLexicon`.
struct ListLabel: Sendable {
    var marker: TextUnit.Marker
    /// The label as the gold writes it: digits and dots without the closing "." or ")".
    var label: String?
    var noun: String?
    /// The rest of the line after the label (for nouns: the whole line).
    var rest: Substring

    static func parse(_ line: Substring, bullets: Set<Character>, nouns: Set<String>) -> ListLabel? {
        guard let first = line.first else { return nil }
        if bullets.contains(first) {
            let rest = line.dropFirst().drop(while: { $0 == " " })
            guard !rest.isEmpty else { return nil }
            // "o" and letters as bullets only when followed by a space
            if first.isLetter, line.dropFirst().first != " " { return nil }
            return ListLabel(marker: .bullet, label: nil, noun: nil, rest: rest)
        }
        // Numbers: 1 / 1. / 1) / 2.4 / 2.4.1 / 3a
        if first.isASCII, first.isNumber {
            var i = line.startIndex
            var digitsInGroup = 0
            var groups = 1
            while i < line.endIndex {
                let c = line[i]
                if c.isASCII, c.isNumber {
                    digitsInGroup += 1
                    if digitsInGroup > 2 { return nil }
                } else if c == ".", line.index(after: i) < line.endIndex, line[line.index(after: i)].isNumber {
                    groups += 1
                    digitsInGroup = 0
                    if groups > 4 { return nil }
                } else {
                    break
                }
                i = line.index(after: i)
            }
            var label = String(line[line.startIndex..<i])
            if i < line.endIndex, line[i].isLowercase, line[i].isASCII,
                line.index(after: i) < line.endIndex, ".) ".contains(line[line.index(after: i)])
            {
                label.append(line[i])
                i = line.index(after: i)
            }
            var closed = false
            if i < line.endIndex, line[i] == "." || line[i] == ")" {
                closed = true
                i = line.index(after: i)
            }
            guard i < line.endIndex, line[i] == " " || line[i] == "\t" else { return nil }
            let rest = line[i...].drop(while: { $0 == " " || $0 == "\t" })
            guard let r0 = rest.first else { return nil }
            // A bare number must introduce a capitalised text ("2 INHOUD", not "18 jaar").
            if !closed && groups == 1 && !(r0.isUppercase || r0 == "‘" || r0 == "“" || r0 == "\"") { return nil }
            return ListLabel(marker: .number, label: label, noun: nil, rest: rest)
        }
        // Letters and roman numerals: a. b) ii. A.
        if first.isLetter {
            var i = line.startIndex
            while i < line.endIndex, line[i].isLetter, line.distance(from: line.startIndex, to: i) < 5 {
                i = line.index(after: i)
            }
            let head = String(line[line.startIndex..<i])
            if i < line.endIndex, line[i] == "." || line[i] == ")" {
                let after = line.index(after: i)
                if after < line.endIndex, line[after] == " " || line[after] == "\t" {
                    let rest = line[after...].drop(while: { $0 == " " || $0 == "\t" })
                    let lower = head.lowercased()
                    if head.count == 1, !rest.isEmpty {
                        return ListLabel(marker: .letter, label: head, noun: nil, rest: rest)
                    }
                    if lower.allSatisfy({ "ivx".contains($0) }), head == lower || head == head.uppercased(), !rest.isEmpty {
                        return ListLabel(marker: .roman, label: head, noun: nil, rest: rest)
                    }
                }
            }
            // Nouns: "Uitgangspunt 3a:", "Bouwsteen 2:", "Aanbeveling 4."
            while i < line.endIndex, line[i].isLetter { i = line.index(after: i) }
            let word = String(line[line.startIndex..<i])
            if nouns.contains(word.lowercased()), i < line.endIndex, line[i] == " " {
                var j = line.index(after: i)
                let numStart = j
                while j < line.endIndex, line[j].isNumber || (line[j].isLetter && line[j].isLowercase && j > numStart) {
                    j = line.index(after: j)
                    if line.distance(from: numStart, to: j) > 3 { break }
                }
                guard j > numStart, line[numStart].isNumber, j < line.endIndex, line[j] == ":" || line[j] == "." else {
                    return nil
                }
                return ListLabel(marker: .noun, label: String(line[numStart..<j]), noun: word, rest: line)
            }
        }
        return nil
    }

    static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// Whether `label` opens a series ("1", "a", "A", "i", "I").
    static func startsList(_ label: String) -> Bool {
        ["1", "a", "A", "i", "I"].contains(label)
    }

    /// The labels that may follow `label` in the same series ("2.4" -> "2.5"; "b" -> "c"; "3a" -> "3b", "4").
    static func successors(of label: String) -> [String] {
        let lower = label.lowercased()
        if let r = romans.firstIndex(of: lower), r + 1 < romans.count {
            let next = romans[r + 1]
            var result = [label == lower ? next : next.uppercased()]
            if label.count == 1, let c = label.unicodeScalars.first, let n = Unicode.Scalar(c.value + 1) {
                result.append(String(Character(n)))
            }
            return result
        }
        if label.count == 1, let c = label.unicodeScalars.first, c.properties.isAlphabetic,
            let n = Unicode.Scalar(c.value + 1)
        {
            return [String(Character(n))]
        }
        var parts = label.split(separator: ".").map(String.init)
        guard var last = parts.popLast() else { return [] }
        var result: [String] = []
        if let l = last.last, l.isLetter, let c = l.unicodeScalars.first, let n = Unicode.Scalar(c.value + 1) {
            let number = String(last.dropLast())
            result.append((parts + [number + String(Character(n))]).joined(separator: "."))
            last = number
            if let v = Int(number) { result.append((parts + [String(v + 1)]).joined(separator: ".")) }
            result.append((parts + [number + String(Character(n))]).joined(separator: "."))
            return result
        }
        if let v = Int(last) {
            result.append((parts + [String(v + 1)]).joined(separator: "."))
            result.append((parts + [String(v) + "a"]).joined(separator: "."))
        }
        return result
    }
}
