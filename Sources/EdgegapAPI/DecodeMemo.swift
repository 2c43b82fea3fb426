import NIOCore
import Synchronization

/// The last decoded answer of each GET, kept with its bytes: a poll whose answer is byte for byte the one before
/// (the usual case on an idle dashboard) reuses that value instead of decoding again. Every request is still
/// sent; only the decoding is saved. Equal values then also share storage, so comparing them is cheap.
final class DecodeMemo: Sendable {
    private struct Entry: @unchecked Sendable {
        // The value is immutable once stored and only ever handed out as the type it was stored under.
        let body: ByteBuffer
        let value: any Sendable
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    /// A memo of at most `capacity` answers (a handful of endpoints are polled at a time).
    init(capacity: Int = 8) { self.capacity = capacity }

    /// The value decoded earlier from exactly `body` under `key`, if any.
    func value<T: Sendable>(for key: String, body: ByteBuffer, as type: T.Type) -> T? {
        entries.withLock { e in
            guard let hit = e[key], hit.body == body else { return nil }
            return hit.value as? T
        }
    }

    /// Remembers `value` as the decoding of `body` under `key`.
    func store<T: Sendable>(_ value: T, for key: String, body: ByteBuffer) {
        entries.withLock { e in
            if e[key] == nil && e.count >= capacity { e.removeAll(keepingCapacity: true) }
            e[key] = Entry(body: body, value: value)
        }
    }
}
