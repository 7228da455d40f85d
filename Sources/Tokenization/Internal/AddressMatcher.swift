/// Recognises web and e-mail addresses in the bytes of one chunk.
enum AddressMatcher {
    /// Top-level domains accepted without "http://" or "www." ("jeugdzorg.nl", "ser.nl/advies").
    static let bareDomains: Set<String> = ["nl", "be", "com", "org", "net", "eu", "info", "nu", "int", "gov", "edu"]

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard text.count > count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where lower(text[k]) != p[k] { return false }
        return true
    }

    static func isURL(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasPrefix(text, "http://") || hasPrefix(text, "https://") || hasPrefix(text, "ftp://") {
            return true
        }
        if hasPrefix(text, "www."), text.count > 6 { return true }
        // Bare domain: label(.label)+ with a known top-level domain, then an optional path.
        var k = 0
        var labels: [Range<Int>] = []
        var labelStart = 0
        while k < text.count {
            let b = text[k]
            if b == UInt8(ascii: ".") {
                if k == labelStart { return false }
                labels.append(labelStart..<k)
                labelStart = k + 1
            } else if b == UInt8(ascii: "/") {
                break
            } else if !(b.isASCIIAlnum || b == UInt8(ascii: "-")) {
                return false
            }
            k += 1
        }
        if k == labelStart { return false }
        labels.append(labelStart..<k)
        guard labels.count >= 2, labels[0].count >= 2, let last = labels.last else { return false }
        let tld = String(decoding: text[last].map(lower), as: UTF8.self)
        return bareDomains.contains(tld)
    }

    static func isEmail(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let at = text.firstIndex(of: UInt8(ascii: "@")), at > 0 else { return false }
        for k in 0..<at {
            let b = text[k]
            guard b.isASCIIAlnum || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D else { return false }
        }
        var dots = 0
        var lastDot = -1
        for k in (at + 1)..<text.count {
            let b = text[k]
            if b == 0x2E {
                if k == at + 1 || k == lastDot + 1 { return false }
                dots += 1
                lastDot = k
            } else if !(b.isASCIIAlnum || b == 0x2D) {
                return false
            }
        }
        return dots > 0 && text.count - lastDot > 2
    }
}

extension UInt8 {
    var isASCIIAlnum: Bool {
        (self >= 48 && self <= 57) || (self >= 65 && self <= 90) || (self >= 97 && self <= 122)
    }
}
