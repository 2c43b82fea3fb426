import EdgegapAPI

/// Fleet-wide search: one query against id (or its prefix), user IPs and tokens, the session token, relay ip and
/// host, status and error text. Case-insensitive over ASCII bytes with no allocation a record, so 100,000 records
/// take a few milliseconds.
public struct FleetSearch: Sendable {
    let needle: [UInt8]
    let number: UInt32?
    let pairs: Bigrams

    /// Most results listed (all are counted): past it the title says to narrow the search.
    public static let shownLimit = 1_000

    public init(_ query: String) {
        needle = Array(query.utf8).map(Self.lower)
        number = UInt32(query)
        pairs = Bigrams(needle: needle)
    }

    /// True when the indexed session `id` matches.
    public func matches(_ r: FleetRecord, id: String) -> Bool {
        if needle.isEmpty { return true }
        if let number, r.token == number || r.users.contains(where: { $0.token == number }) { return true }
        guard r.bigrams.covers(pairs) else { return false }
        if contains(id) || contains(r.status) { return true }
        if let e = r.error, contains(e) { return true }
        if let ip = r.relayIP, contains(ip) { return true }
        if let h = r.relayHost, contains(h) { return true }
        return r.users.contains { contains($0.ip) }
    }

    /// True when `s` matches (the loaded page, with the crawl off).
    public func matches(_ s: RelaySession) -> Bool {
        if needle.isEmpty { return true }
        if let number, s.authorizationToken == number || s.sessionUsers.contains(where: { $0.authorizationToken == number }) { return true }
        if contains(s.sessionID) || contains(s.status) { return true }
        if let e = s.error, contains(e) { return true }
        if let r = s.relay {
            if let ip = r.ip, contains(ip) { return true }
            if let h = r.host, contains(h) { return true }
        }
        return s.sessionUsers.contains { contains($0.ipAddress) }
    }

    /// The records matching, in the API's order, at most `limit`, and how many matched. A broad query stops at
    /// `limit` hits (`complete` false: "1000+ matches, narrow the search") rather than walk 100,000 records that all
    /// match; the ones listed are then the first the index holds, which is the crawl's order unless pages shifted.
    public func run(_ index: FleetIndex, limit: Int = FleetSearch.shownLimit) -> (ids: [String], matched: Int, complete: Bool) {
        // Hits as ordinal and storage position packed in one integer: a broad query matches 100,000, and sorting
        // integers is several times cheaper than sorting (ordinal, id) pairs.
        // Records are stored in the order the crawl met them, so the hits usually come sorted already.
        var hits: [UInt64] = []
        var inOrder = true
        var complete = true
        index.scanLive { position, id, r in
            guard matches(r, id: id) else { return true }
            guard hits.count < limit else { complete = false; return false }
            let hit = UInt64(UInt32(bitPattern: r.ordinal)) << 32 | UInt64(position)
            if let last = hits.last, last > hit { inOrder = false }
            hits.append(hit)
            return true
        }
        if !inOrder { hits.sort() }
        return (hits.map { index.records.id(at: Int($0 & 0xFFFF_FFFF)) }, hits.count, complete)
    }

    func contains(_ hay: String) -> Bool {
        let n = needle.count
        guard hay.utf8.count >= n else { return false }
        if let found = hay.utf8.withContiguousStorageIfAvailable({ Self.find(needle, in: $0) }) { return found }
        return Self.find(needle, in: Array(hay.utf8))
    }

    /// Naive search with a first-byte scan: the fields are short (ids, IPs, hosts), the needle shorter.
    static func find<C: RandomAccessCollection>(_ needle: [UInt8], in bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        let n = needle.count, end = bytes.endIndex - n
        guard end >= bytes.startIndex else { return false }
        let first = needle[0]
        var i = bytes.startIndex
        while i <= end {
            if lower(bytes[i]) == first {
                var j = 1
                while j < n && lower(bytes[i + j]) == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
}
