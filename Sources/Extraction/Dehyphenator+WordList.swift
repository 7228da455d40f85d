import Foundation

extension Dehyphenator {
    /// A set of lower-cased Dutch words used to tell hyphenation from real hyphens.
    ///
    /// `system` reads `$DWARS_WORDLIST` or `/usr/share/dict/nederlands` (Debian package `wdutch`, about
    /// 410,000 words) once, on first use; a missing file gives an empty list, which makes the dehyphenator
    /// fall back to its other rules.
    struct WordList: Sendable {
        private let words: Set<String>

        init(_ words: some Sequence<String>) {
            self.words = Set(words.map { $0.lowercased() })
        }

        func contains(_ word: String) -> Bool { words.contains(word) }

        var count: Int { words.count }

        /// The system's Dutch word list.
        static let system: WordList = {
            let path = ProcessInfo.processInfo.environment["DWARS_WORDLIST"] ?? "/usr/share/dict/nederlands"
            guard let data = FileManager.default.contents(atPath: path) else { return WordList([]) }
            var set = Set<String>(minimumCapacity: 450_000)
            data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                let bytes = buffer.bindMemory(to: UInt8.self)
                var start = 0
                for i in 0...bytes.count {
                    if i == bytes.count || bytes[i] == 0x0A {
                        if i > start {
                            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                            set.insert(word.lowercased())
                        }
                        start = i + 1
                    }
                }
            }
            return WordList(lowercased: set)
        }()

        private init(lowercased: Set<String>) { self.words = lowercased }
    }
}
