import FoundationEssentials

/// When each session id was first seen, and whether that is only a lower bound of its age, in one compact table (up
/// to 150,000 entries: a `[String: Date]` and a `Set<String>` of that size cost 10 MB, this 4). The fleet index keeps
/// the times of the sessions it holds in their records; this table has the others (the page's and the detail's
/// before the crawl reaches them, and what a restart loaded).
public struct FirstSeenTimes: Sendable, Equatable, Sequence {
    struct Stamp: Sendable, Equatable {
        var at: Date
        var lowerBound: Bool
    }

    private var table = IDTable<Stamp>()

    public init() {}

    /// Times from records (tests, and what a load hands back).
    public init(_ records: [String: FirstSeen.Record]) {
        table.reserve(records.count)
        for (id, r) in records { note(id, at: r.at, lowerBound: r.lowerBound) }
    }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.isEmpty }

    /// When `id` was first seen.
    public subscript(id: String) -> Date? { table[id]?.at }

    /// When `id` was first seen, and whether that is a lower bound.
    public func record(_ id: String) -> FirstSeen.Record? { table[id].map { FirstSeen.Record(at: $0.at, lowerBound: $0.lowerBound) } }

    /// True when `id`'s age is only a lower bound (it was there when first looked at).
    public func isLowerBound(_ id: String) -> Bool { table[id]?.lowerBound ?? false }

    /// The ids whose age is a lower bound.
    public var lowerBoundIDs: Set<String> { Set(table.lazy.filter(\.value.lowerBound).map(\.key)) }

    /// Notes `id` first seen `at` (replacing what was there).
    public mutating func note(_ id: String, at: Date, lowerBound: Bool) {
        table[id] = Stamp(at: at, lowerBound: lowerBound)
    }

    /// Forgets `id`.
    public mutating func remove(_ id: String) { table.remove(id) }

    /// Forgets every id `drop` says to.
    public mutating func removeAll(where drop: (String, Date) -> Bool) {
        table.removeAll { drop($0, $1.at) }
    }

    /// Makes room for `n` entries.
    public mutating func reserve(_ n: Int) { table.reserve(n) }

    /// Calls `body` with each id, time and lower-bound flag, until it returns false.
    public func scan(_ body: (String, Date, Bool) -> Bool) {
        table.scan { i, stamp in body(table.key(at: i), stamp.pointee.at, stamp.pointee.lowerBound) }
    }

    public func makeIterator() -> AnyIterator<(key: String, value: FirstSeen.Record)> {
        let inner = table.makeIterator()
        return AnyIterator { inner.next().map { ($0.key, FirstSeen.Record(at: $0.value.at, lowerBound: $0.value.lowerBound)) } }
    }
}
