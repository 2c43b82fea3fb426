/// Colour pairs allocated on demand: each distinct (foreground, background) gets the next free number.
///
/// Pure bookkeeping; the terminal calls `init_extended_pair` when `pair(for:)` reports a new entry.
struct ColorPairCache: Sendable {
    /// Curses colour numbers; -1 is the terminal's default.
    struct Key: Hashable, Sendable {
        var fg: Int32
        var bg: Int32
    }

    /// The result of a lookup.
    enum Lookup: Equatable, Sendable {
        case existing(Int32)
        /// A fresh number that must be initialised before use.
        case allocated(Int32)
        /// Every pair is taken: the caller resets the cache and repaints.
        case exhausted
    }

    /// Pair numbers 1..<capacity are usable; 0 is the fixed default pair.
    let capacity: Int32
    private var pairs: [Key: Int32] = [:]
    private var next: Int32 = 1

    init(capacity: Int32) {
        self.capacity = max(1, capacity)
    }

    /// Pairs handed out so far.
    var count: Int { pairs.count }

    mutating func pair(for key: Key) -> Lookup {
        if key.fg == -1 && key.bg == -1 { return .existing(0) }
        if let known = pairs[key] { return .existing(known) }
        guard next < capacity else { return .exhausted }
        let n = next
        next += 1
        pairs[key] = n
        return .allocated(n)
    }

    /// Forgets every pair (after exhaustion; the screen must then be repainted).
    mutating func reset() {
        pairs.removeAll(keepingCapacity: true)
        next = 1
    }
}
