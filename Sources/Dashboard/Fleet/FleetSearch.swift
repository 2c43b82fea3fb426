import EdgegapAPI

/// Fleet-wide search: one query against id (or its prefix), user IPs and tokens, the session token, relay ip and
/// host, status and error text. Case-insensitive over ASCII bytes with no allocation a record, so 100,000 records
/// take a few milliseconds.
public struct FleetSearch: Sendable {
    let needle: [UInt8]
    let number: UInt32?
    let pairs: Bigrams
    /// The query has a dot (an IP, a host): fields known to have none need not be read.
    let dot: Bool

    /// Most results listed (all are counted): past it the title says to narrow the search.
    public static let shownLimit = 1_000

    public init(_ query: String) {
        needle = Array(query.utf8).map(Self.lower)
        number = UInt32(query)
        pairs = Bigrams(needle: needle)
        dot = needle.contains(UInt8(ascii: "."))
    }

    /// True when the indexed session `id` matches.
    public func matches(id: String, in records: FleetRecords) -> Bool {
        guard var r = records[id] else { return false }
        let domains = Domains(self, records.domains)
        return records.withBuffers { _, users in matches(&r, id: id, users: users, domains: domains) }
    }

    /// The hot path: a record of the store (through a pointer: see `IDTable.scan`) whose users are `users` and whose
    /// domains `domains` describes.
    func matches(_ r: UnsafePointer<FleetRecord>, id: @autoclosure () -> String, users: UnsafeBufferPointer<FleetUser>,
                 domains: Domains) -> Bool {
        if needle.isEmpty { return true }
        let start = Int(r.pointee.userStart), end = start + Int(r.pointee.userCount)
        if let number {
            if r.pointee.token == number { return true }
            for i in start..<end where users[i].token == number { return true }
        }
        guard r.pointee.bigrams.covers(pairs) else { return false }
        if !dot || r.pointee.dotInIDOrStatus {
            if contains(id()) || contains(r.pointee.status) { return true }
        }
        if let e = r.pointee.error, contains(e) { return true }
        if let ip = r.pointee.relayIP, contains(ip) { return true }
        if let label = r.pointee.hostLabel {
            let d = Int(r.pointee.domain)
            if domains.hit[d] { return true }
            // A label with a domain ends at the host's first dot, so has none (the spans below cross it).
            if (!dot || d == 0) && contains(label) { return true }
            for k in domains.spans[d] where endsWithNeedlePrefix(label, k) { return true }
        }
        for i in start..<end where contains(users[i].ip) { return true }
        return false
    }

    /// What the query does with each interned host domain, worked out once a search rather than once a record: the
    /// domains that contain it, and for each the lengths `k` of a match that starts in the last `k` bytes of the label
    /// and ends in the domain.
    struct Domains {
        var hit: [Bool]
        var spans: [[Int]]

        init(_ search: FleetSearch, _ domains: [String]) {
            let n = search.needle.count
            hit = domains.map { !$0.isEmpty && search.contains($0) }
            spans = domains.map { domain in
                let bytes = Array(domain.utf8).map(FleetSearch.lower)
                guard n > 1, !bytes.isEmpty else { return [] }
                return (1..<n).filter { k in n - k <= bytes.count && bytes.starts(with: search.needle[k...]) }
            }
        }
    }

    /// True when `label` ends with the needle's first `k` bytes.
    func endsWithNeedlePrefix(_ label: String, _ k: Int) -> Bool {
        let utf8 = label.utf8
        guard utf8.count >= k else { return false }
        return zip(utf8.suffix(k), needle.prefix(k)).allSatisfy { Self.lower($0) == $1 }
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

    /// Why a session matched, for the MATCH column: the field and its value (`user 119.186.150.36`).
    public struct Match: Sendable, Equatable {
        public var field: String
        public var value: String
        /// The query starts the session id: such hits are listed first.
        public var idPrefix: Bool
    }

    /// The field `s` matched on, the most telling first: the id's start, a token, a user, the id, the relay, the
    /// status, the error. Nil when it does not match (or the query is empty).
    public func match(_ s: RelaySession) -> Match? {
        if needle.isEmpty { return nil }
        if startsWith(s.sessionID) { return Match(field: "id", value: s.sessionID, idPrefix: true) }
        if let number, s.authorizationToken == number { return Match(field: "token", value: String(number), idPrefix: false) }
        if let i = userIndex(in: s) {
            let u = s.sessionUsers[i]
            let value = number != nil && u.authorizationToken == number ? "\(u.ipAddress) token \(number!)" : u.ipAddress
            return Match(field: "user", value: value, idPrefix: false)
        }
        if contains(s.sessionID) { return Match(field: "id", value: s.sessionID, idPrefix: false) }
        if let r = s.relay {
            if let ip = r.ip, contains(ip) { return Match(field: "relay", value: ip, idPrefix: false) }
            if let h = r.host, contains(h) { return Match(field: "relay", value: h, idPrefix: false) }
        }
        if contains(s.status) { return Match(field: "status", value: s.status, idPrefix: false) }
        if let e = s.error, contains(e) { return Match(field: "error", value: e, idPrefix: false) }
        return nil
    }

    /// The first user of `s` the query matches (by IP or token): the one a search for a player opens on.
    public func userIndex(in s: RelaySession) -> Int? {
        if needle.isEmpty { return nil }
        return s.sessionUsers.firstIndex { u in
            (number != nil && u.authorizationToken == number) || contains(u.ipAddress)
        }
    }

    /// True when `hay` starts with the query (case-insensitive).
    func startsWith(_ hay: String) -> Bool {
        let bytes = Array(hay.utf8.prefix(needle.count)).map(Self.lower)
        return bytes.count == needle.count && bytes == needle
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
        let domains = Domains(self, index.records.domains)
        index.records.withBuffers { ids, users in
            index.scanLive { position, r in
                guard matches(r, id: ids[position], users: users, domains: domains) else { return true }
                guard hits.count < limit else { complete = false; return false }
                let hit = UInt64(UInt32(bitPattern: r.pointee.ordinal)) << 32 | UInt64(position)
                if let last = hits.last, last > hit { inOrder = false }
                hits.append(hit)
                return true
            }
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
