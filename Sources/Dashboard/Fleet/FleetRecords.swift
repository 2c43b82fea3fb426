/// The index's records by session id, stored flat: the records in one array, their ids in another, and a map from
/// id to position. A `[String: FleetRecord]` at 100,000 entries grows to 262,144 buckets of key and record (about
/// 40 MB); here only the small id-to-position map has buckets. Removal swaps the last record into the hole.
public struct FleetRecords: Sendable, Sequence {
    private var ids: [String] = []
    private var values: [FleetRecord] = []
    private var position: [String: Int32] = [:]

    public init() {}

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    /// The record of session `id`; setting nil removes it.
    public subscript(id: String) -> FleetRecord? {
        get { position[id].map { values[Int($0)] } }
        set {
            if let newValue {
                if let i = position[id] { values[Int(i)] = newValue; return }
                position[id] = Int32(values.count)
                ids.append(id)
                values.append(newValue)
            } else {
                remove(id)
            }
        }
    }

    /// Removes session `id`; true when it was there.
    @discardableResult
    public mutating func remove(_ id: String) -> Bool {
        guard let i = position.removeValue(forKey: id).map(Int.init) else { return false }
        let last = values.count - 1
        if i != last {
            ids[i] = ids[last]
            values[i] = values[last]
            position[ids[i]] = Int32(i)
        }
        ids.removeLast()
        values.removeLast()
        return true
    }

    /// Removes every record `drop` says to, in place.
    public mutating func removeAll(where drop: (FleetRecord) -> Bool) {
        var i = 0
        while i < values.count {
            if drop(values[i]) { remove(ids[i]) } else { i += 1 }
        }
    }

    /// Makes room for `n` records.
    public mutating func reserve(_ n: Int) {
        guard n > values.capacity else { return }
        ids.reserveCapacity(n)
        values.reserveCapacity(n)
        position.reserveCapacity(n)
    }

    /// Calls `body` with each record's storage position (for `id(at:)`), id and record, in storage order and without
    /// copying them out, until it returns false (the hot loops use it).
    func scan(_ body: (Int, String, borrowing FleetRecord) -> Bool) {
        ids.withUnsafeBufferPointer { ids in
            values.withUnsafeBufferPointer { values in
                for i in 0..<values.count where !body(i, ids[i], values[i]) { return }
            }
        }
    }

    /// The id stored at `position`.
    func id(at position: Int) -> String { ids[position] }

    public func makeIterator() -> AnyIterator<(key: String, value: FleetRecord)> {
        var i = 0
        let ids = self.ids, values = self.values
        return AnyIterator {
            guard i < values.count else { return nil }
            defer { i += 1 }
            return (ids[i], values[i])
        }
    }
}
