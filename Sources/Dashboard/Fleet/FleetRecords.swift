import EdgegapAPI
import FoundationEssentials

/// The index's records by session id, stored flat: the records in an `IDTable`, all their users in one array (a
/// record holds where its users start and how many), and relay hosts as their first label with the rest interned
/// (`abc.st.edgegap.net` is the label `abc` and the shared domain `.st.edgegap.net`). At 100,000 sessions an array of
/// users a record and a string a host cost 20 MB more than this.
public struct FleetRecords: Sendable, Sequence {
    private var table = IDTable<FleetRecord>()
    private var users: [FleetUser] = []
    /// Users no record points at any more (replaced or removed), compacted away past half the array.
    private var deadUsers = 0
    /// Host domains, each with its leading dot; 0 is none.
    private(set) var domains: [String] = [""]
    private var domainNumbers: [String: UInt16] = [:]

    public init() {}

    public var count: Int { table.count }
    public var isEmpty: Bool { table.isEmpty }

    /// The record of session `id`.
    public subscript(id: String) -> FleetRecord? { table[id] }

    /// Stores what `s` says as its record, first seen as `firstSeen` says unless it was here already; returns the
    /// record it replaced.
    @discardableResult
    public mutating func put(_ s: RelaySession, ordinal: Int, lastSeen: Date, sweep: Int, fingerprint: UInt64 = 0,
                             firstSeen: @autoclosure () -> FirstSeen.Record) -> FleetRecord? {
        let old = table[s.sessionID]
        var r = FleetRecord(s, ordinal: ordinal, lastSeen: lastSeen, sweep: sweep, firstSeen: old?.firstSeenRecord ?? firstSeen())
        r.said = old?.said ?? []
        r.fingerprint = fingerprint
        (r.hostLabel, r.domain) = split(s.relay?.host)
        let fresh = s.sessionUsers.map(FleetUser.init)
        if let old, Int(old.userCount) == fresh.count {
            r.userStart = old.userStart
            for (i, u) in fresh.enumerated() { users[Int(old.userStart) + i] = u }
        } else {
            if let old { deadUsers += Int(old.userCount) }
            r.userStart = Int32(users.count)
            users += fresh
        }
        r.userCount = Int32(fresh.count)
        table[s.sessionID] = r
        return old
    }

    /// The fingerprint of `id`'s record (nil: no record), read in place.
    func fingerprint(of id: String) -> UInt64? {
        guard let i = table.position(of: id) else { return nil }
        return table.withValue(at: i) { $0.pointee.fingerprint }
    }

    /// Marks `id` seen again unchanged, at `ordinal` in sweep `sweep`; returns the sweep it was last seen in (nil: no
    /// record).
    mutating func seenAgain(_ id: String, ordinal: Int, lastSeen: Date, sweep: Int) -> (sweep: Int32, moved: Bool)? {
        guard let i = table.position(of: id) else { return nil }
        var before: Int32 = 0
        var moved = false
        table.update(at: i) { r in
            before = r.sweep
            moved = r.ordinal != Int32(clamping: ordinal)
            r.ordinal = Int32(clamping: ordinal)
            r.lastSeen = lastSeen
            r.sweep = Int32(clamping: sweep)
        }
        return (before, moved)
    }

    /// The number of users of `id`'s record (0: no record).
    func userCount(of id: String) -> Int {
        guard let i = table.position(of: id) else { return 0 }
        return table.withValue(at: i) { Int($0.pointee.userCount) }
    }

    /// The IPs of the users of `id` (nil when the store does not hold it).
    func userIPs(_ id: String) -> [String]? {
        guard let r = table[id] else { return nil }
        return (0..<Int(r.userCount)).map { users[Int(r.userStart) + $0].ip }
    }

    /// Changes the record of `id` in place (its users and host stay as they are); false when there is none.
    @discardableResult
    public mutating func update(_ id: String, _ change: (inout FleetRecord) -> Void) -> Bool {
        guard let i = table.position(of: id) else { return false }
        table.update(at: i) { r in
            let (start, count, label, domain) = (r.userStart, r.userCount, r.hostLabel, r.domain)
            change(&r)
            (r.userStart, r.userCount, r.hostLabel, r.domain) = (start, count, label, domain)
        }
        return true
    }

    /// Removes session `id`; true when it was there.
    @discardableResult
    public mutating func remove(_ id: String) -> Bool {
        guard let r = table.remove(id) else { return false }
        deadUsers += Int(r.userCount)
        compactIfSparse()
        return true
    }

    /// Removes every record `drop` says to, in place.
    public mutating func removeAll(where drop: (FleetRecord) -> Bool) {
        table.removeAll { _, r in
            guard drop(r) else { return false }
            deadUsers += Int(r.userCount)
            return true
        }
        compactIfSparse()
    }

    /// Makes room for `n` records with `users` users in all. Growing the users by doubling instead left the freed
    /// smaller arrays (8 MB at 100,000 sessions) in malloc's heap for good.
    public mutating func reserve(_ n: Int, users: Int) {
        table.reserve(n)
        if users > self.users.capacity { self.users.reserveCapacity(users) }
    }

    /// Calls `body` with each record's storage position (for `id(at:)`) and a pointer to it, in storage order and
    /// without copying it, until it returns false (the hot loops use it).
    func scan(_ body: (Int, UnsafePointer<FleetRecord>) -> Bool) { table.scan(body) }

    /// The ids (by storage position) and all users, for the search's hot loop (a record's users are
    /// `userStart..<userStart + userCount`).
    func withBuffers<R>(_ body: (UnsafeBufferPointer<String>, UnsafeBufferPointer<FleetUser>) -> R) -> R {
        table.withKeys { ids in users.withUnsafeBufferPointer { body(ids, $0) } }
    }

    /// Marks the record at `position` as said for `what`.
    mutating func markSaid(at position: Int, _ what: FleetRecord.Said) {
        table.update(at: position) { $0.said.insert(what) }
    }

    /// The id stored at `position`.
    func id(at position: Int) -> String { table.key(at: position) }

    /// The users of `r` (a record of this store).
    public func users(of r: borrowing FleetRecord) -> ArraySlice<FleetUser> {
        users[Int(r.userStart)..<Int(r.userStart + r.userCount)]
    }

    /// The relay host of `r` (a record of this store).
    public func host(of r: borrowing FleetRecord) -> String? {
        guard let label = r.hostLabel else { return nil }
        return r.domain == 0 ? label : label + domains[Int(r.domain)]
    }

    /// Session `id` as the list draws it (no webhook, ports without protocol or link).
    public func session(_ id: String) -> RelaySession? {
        guard let r = table[id] else { return nil }
        let ports = RelayPorts(server: r.serverPort.map { RelayPort(port: Int($0)) }, client: r.clientPort.map { RelayPort(port: Int($0)) })
        return RelaySession(sessionID: id, authorizationToken: r.token, status: r.status, ready: r.ready, linked: r.linked, error: r.error,
                            sessionUsers: users(of: r).map(\.user),
                            relay: r.hasRelay ? Relay(ip: r.relayIP, host: host(of: r), ports: ports) : nil)
    }

    public func makeIterator() -> AnyIterator<(key: String, value: FleetRecord)> { table.makeIterator() }

    /// A host as its first label and its interned rest (the whole host as the label once 65,535 domains are known).
    private mutating func split(_ host: String?) -> (String?, UInt16) {
        guard let host, let dot = host.utf8.firstIndex(of: UInt8(ascii: ".")) else { return (host, 0) }
        let rest = String(host[dot...])
        if let n = domainNumbers[rest] { return (String(host[..<dot]), n) }
        guard domains.count < Int(UInt16.max) else { return (host, 0) }
        let n = UInt16(domains.count)
        domains.append(rest)
        domainNumbers[rest] = n
        return (String(host[..<dot]), n)
    }

    /// Rewrites the users without the dead ones, at their exact size, once they are more than half the array.
    private mutating func compactIfSparse() {
        guard deadUsers > 1024, deadUsers * 2 > users.count else { return }
        let old = users
        users = []
        users.reserveCapacity(old.count - deadUsers)
        for i in 0..<table.count {
            let r = table.value(at: i), moved = Int32(users.count)
            users += old[Int(r.userStart)..<Int(r.userStart + r.userCount)]
            table.update(at: i) { $0.userStart = moved }
        }
        deadUsers = 0
    }
}
