import Foundation

extension Evaluation {
    /// The table `score.py` prints: one line per kind, then its attribute accuracies.
    public static func report(_ scores: [KindScore]) -> String {
        func pad(_ s: String, _ width: Int, left: Bool) -> String {
            let n = s.count
            if n >= width { return s }
            let space = String(repeating: " ", count: width - n)
            return left ? s + space : space + s
        }
        func f(_ x: Double) -> String { pad(String(format: "%.3f", x), 6, left: false) }
        var lines = [
            "\(pad("kind", 16, left: true)) \(pad("gold", 5, left: false)) \(pad("pred", 5, left: false)) "
                + "\(pad("match", 5, left: false)) \(pad("P", 6, left: false)) \(pad("R", 6, left: false)) "
                + "\(pad("F1", 6, left: false))"
        ]
        for s in scores {
            lines.append(
                "\(pad(s.kind, 16, left: true)) \(pad(String(s.gold), 5, left: false)) "
                    + "\(pad(String(s.pred), 5, left: false)) \(pad(String(s.matched), 5, left: false)) "
                    + "\(f(s.precision)) \(f(s.recall)) \(f(s.f1))")
            for a in s.attributes {
                lines.append("\(pad("", 16, left: true)) \(a.name): \(String(format: "%.3f", a.value))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `--json` output of `score.py` (`json.dumps(result, indent=1, ensure_ascii=False)`).
    public static func reportJSON(_ scores: [KindScore]) -> String {
        func quote(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        }
        func num(_ d: Double) -> String { EvaluationJSON.pythonRepr(d) }
        if scores.isEmpty { return "{}\n" }
        var out = "{\n"
        for (k, s) in scores.enumerated() {
            out += " \(quote(s.kind)): {\n"
            out += "  \"gold\": \(s.gold),\n  \"pred\": \(s.pred),\n  \"matched\": \(s.matched),\n"
            out += "  \"precision\": \(num(s.precision)),\n  \"recall\": \(num(s.recall)),\n  \"f1\": \(num(s.f1)),\n"
            if s.attributes.isEmpty {
                out += "  \"attributes\": {}\n"
            } else {
                out += "  \"attributes\": {\n"
                out += s.attributes.map { "   \(quote($0.name)): \(num($0.value))" }.joined(separator: ",\n")
                out += "\n  }\n"
            }
            out += k == scores.count - 1 ? " }\n" : " },\n"
        }
        return out + "}\n"
    }
}
