import Foundation

extension Dehyphenator {
    /// A set of Dutch words, compared case-insensitively, used to tell hyphenation from real hyphens.
    ///
    /// Words are kept as 64-bit FNV-1a hashes of their lower-cased UTF-8 bytes: building the set of the
    /// system list (about 410,000 words) then takes milliseconds instead of the half second a
    /// `Set<String>` needs, and a false hit needs a 64-bit collision. `system` reads `$DWARS_WORDLIST`
    /// or `/usr/share/dict/nederlands` (Debian package `wdutch`) once, on first use; a missing file gives
    /// an empty list, and the dehyphenator then falls back to its other rules.
    struct WordList: Sendable {
        private let hashes: Set<UInt64>

        init(_ words: some Sequence<String>) {
            var set = Set<UInt64>()
            for word in words {
                var utf8 = Array(word.utf8)
                set.insert(utf8.withUnsafeMutableBufferPointer { Self.hash(UnsafeBufferPointer($0)) })
            }
            hashes = set
        }

        private init(hashes: Set<UInt64>) { self.hashes = hashes }

        func contains(_ word: String) -> Bool {
            var utf8 = Array(word.utf8)
            return hashes.contains(utf8.withUnsafeMutableBufferPointer { Self.hash(UnsafeBufferPointer($0)) })
        }

        var count: Int { hashes.count }

        /// FNV-1a over the bytes with ASCII letters lower-cased (letters with diacritics in the list are
        /// lower case already).
        private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for var b in bytes {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            return h
        }

        /// The system's Dutch word list.
        static let system: WordList = {
            let path = ProcessInfo.processInfo.environment["DWARS_WORDLIST"] ?? "/usr/share/dict/nederlands"
            guard let data = FileManager.default.contents(atPath: path) else { return WordList([]) }
            var set = Set<UInt64>(minimumCapacity: 450_000)
            data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                let bytes = buffer.bindMemory(to: UInt8.self)
                var start = 0
                for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                    if i > start { set.insert(hash(UnsafeBufferPointer(rebasing: bytes[start..<i]))) }
                    start = i + 1
                }
            }
            return WordList(hashes: set)
        }()
    }
}
