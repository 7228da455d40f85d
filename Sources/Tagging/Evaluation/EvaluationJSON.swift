/// A parsed JSON value that keeps what the gold scorer needs to behave like Python's `json` module.
///
/// Numbers keep the distinction Python makes: a literal without fraction or exponent is an `int`
/// (kept as its digits), anything else a `float`. `str()` of the value (`pythonString`) is what
/// `score.py` compares for year cells, so `5` and `5.0` stay different as they do there.
public indirect enum EvaluationJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(String)
    case float(Double)
    case string(String)
    case array([EvaluationJSON])
    case object([String: EvaluationJSON])

    /// Why a line is not JSON.
    public struct ParseError: Error, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "\(reason) at byte \(offset)" }
    }

    /// Parses one JSON text.
    public static func parse(_ text: String) throws(ParseError) -> EvaluationJSON {
        var reader = Reader(bytes: Array(text.utf8))
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { throw ParseError(offset: reader.index, reason: "trailing data") }
        return value
    }

    /// `o.get(key)` for an object, nil otherwise.
    public subscript(key: String) -> EvaluationJSON? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// Python truthiness (`x or None`).
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let s): return s.contains(where: { $0 != "0" && $0 != "-" })
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .array(let a): return !a.isEmpty
        case .object(let o): return !o.isEmpty
        }
    }

    /// The string, when this is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// Python's `str(value)` for scalars.
    public var pythonString: String {
        switch self {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let s): return s
        case .float(let d): return Self.pythonRepr(d)
        case .string(let s): return s
        case .array, .object: return ""
        }
    }

    /// Python's `repr(float)`: shortest round-trip digits, scientific below 1e-4 and from 1e16.
    static func pythonRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.description  // Swift uses the same shortest round-trip form and thresholds
    }

    struct Reader {
        var bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func expect(_ literal: String, _ value: EvaluationJSON) throws(ParseError) -> EvaluationJSON {
            let l = Array(literal.utf8)
            guard index + l.count <= bytes.count, Array(bytes[index..<index + l.count]) == l else {
                throw ParseError(offset: index, reason: "bad literal")
            }
            index += l.count
            return value
        }

        mutating func value() throws(ParseError) -> EvaluationJSON {
            guard index < bytes.count else { throw ParseError(offset: index, reason: "unexpected end") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var object: [String: EvaluationJSON] = [:]
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                        throw ParseError(offset: index, reason: "expected a key")
                    }
                    let key = try string()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                        throw ParseError(offset: index, reason: "expected ':'")
                    }
                    index += 1
                    skipSpace()
                    object[key] = try value()
                    skipSpace()
                    guard index < bytes.count else { throw ParseError(offset: index, reason: "unexpected end") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                    throw ParseError(offset: index, reason: "expected ',' or '}'")
                }
            case UInt8(ascii: "["):
                index += 1
                var array: [EvaluationJSON] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
                while true {
                    skipSpace()
                    array.append(try value())
                    skipSpace()
                    guard index < bytes.count else { throw ParseError(offset: index, reason: "unexpected end") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
                    throw ParseError(offset: index, reason: "expected ',' or ']'")
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"): return try expect("true", .bool(true))
            case UInt8(ascii: "f"): return try expect("false", .bool(false))
            case UInt8(ascii: "n"): return try expect("null", .null)
            case UInt8(ascii: "N"): return try expect("NaN", .float(.nan))
            default:
                return try number()
            }
        }

        mutating func number() throws(ParseError) -> EvaluationJSON {
            let start = index
            var isFloat = false
            while index < bytes.count {
                let b = bytes[index]
                if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
                    index += 1
                } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                    isFloat = true
                    index += 1
                } else {
                    break
                }
            }
            guard index > start else { throw ParseError(offset: index, reason: "unexpected character") }
            let lexeme = String(decoding: bytes[start..<index], as: UTF8.self)
            if isFloat {
                guard let d = Double(lexeme) else { throw ParseError(offset: start, reason: "bad number") }
                return .float(d)
            }
            guard let i = Int(lexeme) else {
                guard let d = Double(lexeme) else { throw ParseError(offset: start, reason: "bad number") }
                return .int(String(format: "%.0f", d))
            }
            return .int(String(i))
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            guard index + 4 <= bytes.count,
                let v = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
            else { throw ParseError(offset: index, reason: "bad \\u escape") }
            index += 4
            return v
        }

        mutating func string() throws(ParseError) -> String {
            index += 1  // opening quote
            var out: [UInt8] = []
            var scalars = String.UnicodeScalarView()
            func flush() {
                if !out.isEmpty {
                    scalars.append(contentsOf: String(decoding: out, as: UTF8.self).unicodeScalars)
                    out.removeAll()
                }
            }
            while true {
                guard index < bytes.count else { throw ParseError(offset: index, reason: "unterminated string") }
                let b = bytes[index]
                index += 1
                if b == UInt8(ascii: "\"") { break }
                if b != UInt8(ascii: "\\") { out.append(b); continue }
                guard index < bytes.count else { throw ParseError(offset: index, reason: "unterminated string") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    flush()
                    var v = try hex4()
                    if v >= 0xD800, v < 0xDC00, index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    {
                        index += 2
                        let low = try hex4()
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    }
                    scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                default: out.append(e)
                }
            }
            flush()
            return String(scalars)
        }
    }
}
