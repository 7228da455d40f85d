/// Why the store could not be opened or written.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The database file could not be opened or migrated.
    case cannotOpen(path: String, reason: String)
    /// A document could not be written; nothing of it was stored.
    case cannotStore(file: String, reason: String)
    /// A read failed.
    case cannotRead(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "\(path): cannot open store: \(reason)"
        case .cannotStore(let file, let reason): return "\(file): not stored: \(reason)"
        case .cannotRead(let path, let reason): return "\(path): cannot read store: \(reason)"
        }
    }
}
