/// A map from session id to `Value` sized for 100,000 entries: keys and values in two dense arrays and an open
/// addressing table of 32-bit positions into them. A `Dictionary` of 100,000 grows to 262,144 buckets each holding a
/// key and a value (about 6 MB for a `Date`); here the buckets are 4 bytes and the dense arrays hold only what is
/// there. Removal moves the last entry into the hole, so positions change on removal.
public struct IDTable<Value: Sendable>: Sendable {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Positions into `keys`, -1 for an empty slot; its count is a power of two at least twice the entries.
    private var slots: [Int32] = []

    public init() {}

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The value stored for `key`; setting nil removes it.
    public subscript(key: String) -> Value? {
        get { position(of: key).map { values[$0] } }
        set {
            guard let newValue else { remove(key); return }
            if let i = position(of: key) { values[i] = newValue } else { insert(key, newValue) }
        }
    }

    /// Where `key` is stored (valid until the next removal), if it is.
    public func position(of key: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var s = key.hashValue & mask
        while true {
            let p = slots[s]
            if p < 0 { return nil }
            if keys[Int(p)] == key { return Int(p) }
            s = (s + 1) & mask
        }
    }

    /// The key at storage position `i`.
    public func key(at i: Int) -> String { keys[i] }

    /// The value at storage position `i`.
    public func value(at i: Int) -> Value { values[i] }

    /// Reads the value at storage position `i` in place (no copy, so none of its strings is retained).
    public func withValue<R>(at i: Int, _ body: (UnsafePointer<Value>) -> R) -> R {
        values.withUnsafeBufferPointer { body($0.baseAddress! + i) }
    }

    /// Changes the value at storage position `i` in place.
    public mutating func update(at i: Int, _ change: (inout Value) -> Void) { change(&values[i]) }

    /// Removes `key`; its value when it was there.
    @discardableResult
    public mutating func remove(_ key: String) -> Value? {
        guard let i = position(of: key) else { return nil }
        let value = values[i]
        removeSlot(of: key)
        let last = keys.count - 1
        if i != last {
            keys[i] = keys[last]
            values[i] = values[last]
            repoint(keys[i], from: last, to: i)
        }
        keys.removeLast()
        values.removeLast()
        if slots.count > 64 && keys.count * 8 < slots.count { shrink() }
        return value
    }

    /// After most entries went (a restart's loaded times moving into the index): storage for what is left.
    private mutating func shrink() {
        var k: [String] = [], v: [Value] = []
        k.reserveCapacity(keys.count * 2)
        v.reserveCapacity(keys.count * 2)
        k += keys
        v += values
        (keys, values, slots) = (k, v, [])
        rehash(to: keys.count * 2)
    }

    /// Removes every entry `drop` says to, in place.
    public mutating func removeAll(where drop: (String, Value) -> Bool) {
        var i = 0
        while i < keys.count {
            if drop(keys[i], values[i]) { remove(keys[i]) } else { i += 1 }
        }
    }

    /// Makes room for `n` entries.
    public mutating func reserve(_ n: Int) {
        keys.reserveCapacity(n)
        values.reserveCapacity(n)
        if slots.count < 2 * n { rehash(to: n) }
    }

    /// Calls `body` with each entry's storage position and a pointer to its value, in storage order, until it returns
    /// false (the hot loops use it). A pointer, not the value: an element passed on from a buffer is copied first,
    /// and a record's copy retains each of its strings (a tenth of a fleet search's time).
    public func scan(_ body: (Int, UnsafePointer<Value>) -> Bool) {
        values.withUnsafeBufferPointer { values in
            guard let v = values.baseAddress else { return }
            for i in 0..<values.count where !body(i, v + i) { return }
        }
    }

    /// The keys in storage order, for the hot loops (`scan`'s positions index it).
    public func withKeys<R>(_ body: (UnsafeBufferPointer<String>) -> R) -> R { keys.withUnsafeBufferPointer(body) }

    private mutating func insert(_ key: String, _ value: Value) {
        if 2 * (keys.count + 1) > slots.count { rehash(to: keys.count + 1) }
        keys.append(key)
        values.append(value)
        let mask = slots.count - 1
        var s = key.hashValue & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(keys.count - 1)
    }

    /// A table of at least twice `n` slots (and 16), every key placed again.
    private mutating func rehash(to n: Int) {
        var size = 16
        while size < 2 * n { size <<= 1 }
        guard size > slots.count else { return }
        slots = Array(repeating: -1, count: size)
        let mask = size - 1
        for (i, key) in keys.enumerated() {
            var s = key.hashValue & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(i)
        }
    }

    private mutating func repoint(_ key: String, from old: Int, to new: Int) {
        let mask = slots.count - 1
        var s = key.hashValue & mask
        while slots[s] != Int32(old) { s = (s + 1) & mask }
        slots[s] = Int32(new)
    }

    /// Empties `key`'s slot and shifts later entries of its probe run back, so every lookup still finds its key
    /// without tombstones.
    private mutating func removeSlot(of key: String) {
        let mask = slots.count - 1
        var hole = key.hashValue & mask
        while keys[Int(slots[hole])] != key { hole = (hole + 1) & mask }
        var s = (hole + 1) & mask
        while slots[s] >= 0 {
            let home = keys[Int(slots[s])].hashValue & mask
            // The entry at s may fill the hole when its home is not in the cyclic range (hole, s].
            let reachable = hole <= s ? (home > hole && home <= s) : (home > hole || home <= s)
            if !reachable {
                slots[hole] = slots[s]
                hole = s
            }
            s = (s + 1) & mask
        }
        slots[hole] = -1
    }
}

extension IDTable: Sequence {
    public func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var i = 0
        let keys = self.keys, values = self.values
        return AnyIterator {
            guard i < keys.count else { return nil }
            defer { i += 1 }
            return (keys[i], values[i])
        }
    }
}

extension IDTable: Equatable where Value: Equatable {
    /// The same keys with the same values, whatever the storage order.
    public static func == (a: IDTable, b: IDTable) -> Bool {
        guard a.count == b.count else { return false }
        return a.keys.indices.allSatisfy { b[a.keys[$0]] == a.values[$0] }
    }
}
