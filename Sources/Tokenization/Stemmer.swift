internal import CDwarsStemmer
import Synchronization

/// Snowball stemmer (libstemmer) for one language, UTF-8 in and out.
///
/// Owns one `sb_stemmer` handle, freed in `deinit`. libstemmer handles are not thread-safe, so calls are
/// serialised by a mutex; create one stemmer per thread for parallel hot loops. Input should be lower case
/// (see `MatchNormalizer`); Snowball Dutch removes diaeresis and acute accents itself.
public final class Stemmer: Sendable {
    /// The C handle; never leaves this file.
    private struct Handle: ~Copyable {
        let pointer: OpaquePointer
    }

    private let handle: Mutex<Handle>
    public let language: String

    /// A stemmer for a Snowball algorithm name ("dutch", "english", ...).
    public init(language: String = "dutch") throws {
        guard let pointer = sb_stemmer_new(language, "UTF_8") else {
            throw TokenizationError.stemmerUnavailable(language: language)
        }
        self.language = language
        self.handle = Mutex(Handle(pointer: pointer))
    }

    deinit {
        handle.withLock { sb_stemmer_delete($0.pointer) }
    }

    /// The stem of `word` (which should already be lower case).
    public func stem(_ word: String) -> String {
        guard !word.isEmpty else { return "" }
        let input = Array(word.utf8)
        return handle.withLock { h -> String in
            let local = input
            return local.withUnsafeBufferPointer { bytes -> String in
                guard let out = sb_stemmer_stem(h.pointer, bytes.baseAddress!, Int32(bytes.count)) else {
                    return String(decoding: bytes, as: UTF8.self)
                }
                let length = Int(sb_stemmer_length(h.pointer))
                return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
            }
        }
    }
}
