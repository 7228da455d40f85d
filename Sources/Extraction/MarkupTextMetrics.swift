/// Length and comma count of every text node of a `MarkupTree`, measured once and shared by all the
/// statistics passes of main-content extraction.
///
/// Length counts characters (UTF-8 lead bytes) with each run of ASCII whitespace or no-break spaces
/// counted as one; a byte-level loop, since one-line pages can hold tens of megabytes of text.
struct MarkupTextMetrics: Sendable {
    var length: [Int32]
    var commas: [Int32]

    init(tree: MarkupTree) {
        length = Array(repeating: 0, count: tree.nodes.count)
        commas = Array(repeating: 0, count: tree.nodes.count)
        for (i, node) in tree.nodes.enumerated() where node.isText {
            var n: Int32 = 0
            var c: Int32 = 0
            var space = true
            var pendingC2 = false
            for byte in node.text.utf8 {
                if pendingC2 {
                    pendingC2 = false
                    if byte == 0xA0 {
                        // U+00A0 no-break space: whitespace.
                        if !space { n += 1 }
                        space = true
                        continue
                    }
                    n += 1
                    space = false
                }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if !space { n += 1 }
                    space = true
                } else if byte == 0xC2 {
                    pendingC2 = true
                } else if byte & 0xC0 != 0x80 {
                    n += 1
                    space = false
                    if byte == 0x2C { c += 1 }
                }
            }
            if pendingC2 { n += 1 }
            length[i] = n
            commas[i] = c
        }
    }
}
