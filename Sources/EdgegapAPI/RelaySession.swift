/// A relay session as the P2P API returns it (wire names from the Edgegap v1 spec).
public struct RelaySession: Codable, Sendable, Equatable, Identifiable {
    public var id: String { sessionID }

    /// The session id, e.g. `7349356945f1-S`.
    public var sessionID: String
    /// The session's authorization token (uint32; null until ready).
    public var authorizationToken: UInt32?
    /// Opaque status text (`Initializing`, `READY`, `Linked`, or anything else the API sends).
    public var status: String
    /// True once the relay is allocated.
    public var ready: Bool
    /// True once the session is linked to a relay.
    public var linked: Bool
    /// The failure message, when the session failed.
    public var error: String?
    /// Users in request order; index 0 is the host.
    public var sessionUsers: [SessionUser]
    /// The relay, once allocated.
    public var relay: Relay?
    /// The webhook called once the session is ready.
    public var webhookURL: String?

    public init(sessionID: String, authorizationToken: UInt32? = nil, status: String, ready: Bool, linked: Bool,
                error: String? = nil, sessionUsers: [SessionUser] = [], relay: Relay? = nil, webhookURL: String? = nil) {
        self.sessionID = sessionID
        self.authorizationToken = authorizationToken
        self.status = status
        self.ready = ready
        self.linked = linked
        self.error = error
        self.sessionUsers = sessionUsers
        self.relay = relay
        self.webhookURL = webhookURL
    }

    /// Readiness as real clients decide it: the flag and a relay, never the status string.
    public var isUsable: Bool { ready && relay != nil }

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case authorizationToken = "authorization_token"
        case status, ready, linked, error
        case sessionUsers = "session_users"
        case relay
        case webhookURL = "webhook_url"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sessionID = try c.decode(String.self, forKey: .sessionID)
        authorizationToken = try c.decodeIfPresent(UInt32.self, forKey: .authorizationToken)
        status = try c.decode(String.self, forKey: .status)
        ready = try c.decode(Bool.self, forKey: .ready)
        linked = try c.decode(Bool.self, forKey: .linked)
        error = try c.decodeIfPresent(String.self, forKey: .error)
        sessionUsers = try c.decodeIfPresent([SessionUser].self, forKey: .sessionUsers) ?? []
        relay = try c.decodeIfPresent(Relay.self, forKey: .relay)
        webhookURL = try c.decodeIfPresent(String.self, forKey: .webhookURL)
    }
    // Encoding is synthesized: nil optionals are omitted, which is what the spec's schema accepts.
}

/// A user on a relay session.
public struct SessionUser: Codable, Sendable, Equatable {
    public var ipAddress: String
    public var latitude: Double?
    public var longitude: Double?
    /// The user's authorization token (uint32; null until the session is ready).
    public var authorizationToken: UInt32?

    public init(ipAddress: String, latitude: Double? = nil, longitude: Double? = nil, authorizationToken: UInt32? = nil) {
        self.ipAddress = ipAddress
        self.latitude = latitude
        self.longitude = longitude
        self.authorizationToken = authorizationToken
    }

    enum CodingKeys: String, CodingKey {
        case ipAddress = "ip_address"
        case latitude, longitude
        case authorizationToken = "authorization_token"
    }
}

/// The relay a session is linked to.
public struct Relay: Codable, Sendable, Equatable {
    public var ip: String?
    public var host: String?
    public var ports: RelayPorts?

    public init(ip: String? = nil, host: String? = nil, ports: RelayPorts? = nil) {
        self.ip = ip
        self.host = host
        self.ports = ports
    }
}

/// The server and client ports of a relay.
public struct RelayPorts: Codable, Sendable, Equatable {
    public var server: RelayPort?
    public var client: RelayPort?

    public init(server: RelayPort? = nil, client: RelayPort? = nil) {
        self.server = server
        self.client = client
    }
}

/// One relay port: number, protocol (`UDP`) and `host:port` link.
public struct RelayPort: Codable, Sendable, Equatable {
    public var port: Int?
    public var `protocol`: String?
    public var link: String?

    public init(port: Int? = nil, protocol: String? = nil, link: String? = nil) {
        self.port = port
        self.protocol = `protocol`
        self.link = link
    }
}
