import Foundation

/// Results written by concurrent workers (`DispatchQueue.concurrentPerform`), one slot each, read after
/// they have all finished. Shared by the linker and `dwars analyze`'s backing answers.
///
/// `@unchecked` because the lock, not the compiler, guards `slots` (`Mutex` needs macOS 15).
public final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value]
    private let lock = NSLock()

    public init(count: Int, empty: Value) { slots = Array(repeating: empty, count: count) }

    /// Stores worker `i`'s result.
    public func set(_ i: Int, _ value: Value) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    /// The results in slot order.
    public var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
