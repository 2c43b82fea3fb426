import EdgegapAPI
import Foundation

/// One session as the fleet index keeps it, compact (100,000 of them must fit well under 80 MB): the fields it
/// searches, counts and lists — status, ready/linked, error, token, relay ip/host/ports, users — with its position
/// in the API's order and when and in which sweep it was last seen. The id is the index's key. The detail pane
/// fetches the whole session (webhook, port links) when it opens one.
public struct FleetRecord: Sendable, Equatable {
    public var status: String
    public var ready: Bool
    public var linked: Bool
    public var error: String?
    public var token: UInt32?
    public var relayIP: String?
    public var relayHost: String?
    public var serverPort: Int32?
    public var clientPort: Int32?
    public var users: ContiguousArray<FleetUser>
    /// Its position in the API's order when last seen, from 0 (pages shift: a hint, not an address).
    public var ordinal: Int32
    /// The sweep it was last seen in.
    public var sweep: Int32
    public var lastSeen: Date
    /// The signature of its searchable text (see `Bigrams`).
    public var bigrams: Bigrams

    public init(_ s: RelaySession, ordinal: Int, lastSeen: Date, sweep: Int) {
        status = s.status
        ready = s.ready
        linked = s.linked
        error = s.error
        token = s.authorizationToken
        relayIP = s.relay?.ip
        relayHost = s.relay?.host
        serverPort = s.relay?.ports?.server?.port.flatMap(Int32.init(exactly:))
        clientPort = s.relay?.ports?.client?.port.flatMap(Int32.init(exactly:))
        hasRelay = s.relay != nil
        users = ContiguousArray(s.sessionUsers.map(FleetUser.init))
        self.ordinal = Int32(clamping: ordinal)
        self.sweep = Int32(clamping: sweep)
        self.lastSeen = lastSeen
        var b = Bigrams()
        b.add(s.sessionID)
        b.add(s.status)
        if let e = s.error { b.add(e) }
        if let ip = relayIP { b.add(ip) }
        if let h = relayHost { b.add(h) }
        for u in s.sessionUsers { b.add(u.ipAddress) }
        bigrams = b
    }

    /// The API sent a relay object (a session is usable only with one).
    public var hasRelay: Bool

    /// Ready as real clients decide it: the flag and a relay.
    public var isUsable: Bool { ready && hasRelay }

    /// The page it was on in a list of `pageSize` sessions a page (from 1).
    public func page(size pageSize: Int) -> Int { Int(ordinal) / max(1, pageSize) + 1 }

    /// The session as the list draws it (no webhook, ports without protocol or link).
    public func session(id: String) -> RelaySession {
        let ports = RelayPorts(server: serverPort.map { RelayPort(port: Int($0)) }, client: clientPort.map { RelayPort(port: Int($0)) })
        return RelaySession(sessionID: id, authorizationToken: token, status: status, ready: ready, linked: linked, error: error,
                            sessionUsers: users.map(\.user), relay: hasRelay ? Relay(ip: relayIP, host: relayHost, ports: ports) : nil)
    }

    /// Not ready, not failed, and first seen longer ago than `after` seconds.
    func isStuck(firstSeen: Date?, now: Date, after: Double) -> Bool {
        guard !ready, error == nil, let seen = firstSeen else { return false }
        return now.timeIntervalSince(seen) > after
    }

    /// How it counts in the header, as its row's mark (an error first, then ready, stuck, initializing).
    func health(firstSeen: Date?, now: Date, stuckAfter: Double) -> SessionRow.Health {
        if error != nil { return .failed }
        if isUsable { return .ready }
        return isStuck(firstSeen: firstSeen, now: now, after: stuckAfter) ? .stuck : .initializing
    }
}

/// A session user as the index keeps it (coordinates as Float: a metre's precision is plenty for a map dot).
public struct FleetUser: Sendable, Equatable {
    public var ip: String
    public var token: UInt32?
    public var latitude: Float?
    public var longitude: Float?

    init(_ u: SessionUser) {
        ip = u.ipAddress
        token = u.authorizationToken
        latitude = u.latitude.map(Float.init)
        longitude = u.longitude.map(Float.init)
    }

    var user: SessionUser {
        SessionUser(ipAddress: ip, latitude: latitude.map(Double.init), longitude: longitude.map(Double.init), authorizationToken: token)
    }
}

/// How the last completed sweep went.
public struct CompletedSweep: Sendable, Equatable {
    public var number: Int
    /// The sweep saw every session exactly once: no duplicate, as many as the API's total, the total unchanged
    /// from its first page to its last. A sweep that saw the fleet shift still updates records, but its counts
    /// are shown as approximate.
    public var census: Bool
    public var startedAt: Date
    public var finishedAt: Date
    /// Distinct sessions the sweep saw.
    public var seen: Int
}
