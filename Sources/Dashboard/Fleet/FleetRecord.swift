import EdgegapAPI
import FoundationEssentials

/// One session as the fleet index keeps it, compact (100,000 of them must fit well under 80 MB): the fields it
/// searches, counts and lists — status, ready/linked, error, token, relay ip/host/ports — with its position in the
/// API's order, when it was first seen, and when and in which sweep it was last seen. The id is the store's key; the
/// users and the relay host's domain live in the store (`FleetRecords`), which turns a record back into a session.
/// The detail pane fetches the whole session (webhook, port links) when it opens one.
public struct FleetRecord: Sendable, Equatable {
    public var status: String
    public var error: String?
    public var relayIP: String?
    /// The relay host up to its first dot; the rest is the store's domain number `domain` (0: none).
    var hostLabel: String?
    /// The signature of its searchable text (see `Bigrams`).
    public var bigrams: Bigrams
    public var lastSeen: Date
    /// When this dashboard first saw it (kept here rather than in a second table of 100,000 ids); see `ageIsLowerBound`.
    public var firstSeen: Date
    private var tokenValue: UInt32 = 0
    private var serverPortValue: Int32 = 0
    private var clientPortValue: Int32 = 0
    /// Its position in the API's order when last seen, from 0 (pages shift: a hint, not an address).
    public var ordinal: Int32
    /// The sweep it was last seen in.
    public var sweep: Int32
    /// Its users: `userCount` of them from `userStart` in the store's users.
    var userStart: Int32 = 0
    var userCount: Int32 = 0
    var domain: UInt16 = 0
    private var flags: Flags = []
    /// The time-driven events already said of it (stuck, long-lived): once a session.
    var said: Said = []
    /// The fingerprint of the JSON object it was read from (0: not known): the same bytes again are the same session.
    public var fingerprint: UInt64 = 0

    struct Said: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        static let stuck = Said(rawValue: 1), longLived = Said(rawValue: 2)
    }

    private struct Flags: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        static let ready = Flags(rawValue: 1), linked = Flags(rawValue: 2), relay = Flags(rawValue: 4)
        static let token = Flags(rawValue: 8), serverPort = Flags(rawValue: 16), clientPort = Flags(rawValue: 32)
        static let lowerBound = Flags(rawValue: 64), dotInIDOrStatus = Flags(rawValue: 128)
    }

    /// The fields of `s` kept inline (the store sets the users and the host's domain).
    init(_ s: RelaySession, ordinal: Int, lastSeen: Date, sweep: Int, firstSeen: FirstSeen.Record) {
        status = s.status
        error = s.error
        relayIP = s.relay?.ip
        self.ordinal = Int32(clamping: ordinal)
        self.sweep = Int32(clamping: sweep)
        self.lastSeen = lastSeen
        self.firstSeen = firstSeen.at
        var b = Bigrams()
        b.add(s.sessionID)
        b.add(s.status)
        if let e = s.error { b.add(e) }
        if let ip = relayIP { b.add(ip) }
        if let h = s.relay?.host { b.add(h) }
        for u in s.sessionUsers { b.add(u.ipAddress) }
        bigrams = b
        set(.ready, s.ready)
        set(.linked, s.linked)
        set(.relay, s.relay != nil)
        set(.lowerBound, firstSeen.lowerBound)
        set(.dotInIDOrStatus, s.sessionID.utf8.contains(UInt8(ascii: ".")) || s.status.utf8.contains(UInt8(ascii: ".")))
        token = s.authorizationToken
        serverPort = s.relay?.ports?.server?.port.flatMap(Int32.init(exactly:))
        clientPort = s.relay?.ports?.client?.port.flatMap(Int32.init(exactly:))
    }

    public var ready: Bool { flags.contains(.ready) }
    public var linked: Bool { flags.contains(.linked) }
    /// The API sent a relay object (a session is usable only with one).
    public var hasRelay: Bool { flags.contains(.relay) }

    /// Its first-seen time is only a lower bound of its age: it was there when the index first looked.
    public var ageIsLowerBound: Bool {
        get { flags.contains(.lowerBound) }
        set { set(.lowerBound, newValue) }
    }

    /// Its id or status has a dot (most do not: a query with one, an IP, need not read them).
    var dotInIDOrStatus: Bool { flags.contains(.dotInIDOrStatus) }

    /// When it was first seen, as persisted.
    public var firstSeenRecord: FirstSeen.Record { FirstSeen.Record(at: firstSeen, lowerBound: ageIsLowerBound) }

    public var token: UInt32? {
        get { flags.contains(.token) ? tokenValue : nil }
        set { tokenValue = newValue ?? 0; set(.token, newValue != nil) }
    }

    public var serverPort: Int32? {
        get { flags.contains(.serverPort) ? serverPortValue : nil }
        set { serverPortValue = newValue ?? 0; set(.serverPort, newValue != nil) }
    }

    public var clientPort: Int32? {
        get { flags.contains(.clientPort) ? clientPortValue : nil }
        set { clientPortValue = newValue ?? 0; set(.clientPort, newValue != nil) }
    }

    private mutating func set(_ flag: Flags, _ on: Bool) {
        if on { flags.insert(flag) } else { flags.remove(flag) }
    }

    /// Ready as real clients decide it: the flag and a relay.
    public var isUsable: Bool { ready && hasRelay }

    /// The page it was on in a list of `pageSize` sessions a page (from 1).
    public func page(size pageSize: Int) -> Int { Int(ordinal) / max(1, pageSize) + 1 }

}

/// A session user as the index keeps it (coordinates as Float, NaN for none: a metre's precision is plenty for a
/// map dot).
public struct FleetUser: Sendable, Equatable {
    public var ip: String
    var tokenValue: UInt32
    var latitudeValue: Float
    var longitudeValue: Float
    var hasToken: Bool

    init(_ u: SessionUser) {
        ip = u.ipAddress
        tokenValue = u.authorizationToken ?? 0
        hasToken = u.authorizationToken != nil
        latitudeValue = u.latitude.map(Float.init) ?? .nan
        longitudeValue = u.longitude.map(Float.init) ?? .nan
    }

    public var token: UInt32? { hasToken ? tokenValue : nil }

    var user: SessionUser {
        SessionUser(ipAddress: ip, latitude: latitudeValue.isNaN ? nil : Double(latitudeValue),
                    longitude: longitudeValue.isNaN ? nil : Double(longitudeValue), authorizationToken: token)
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
