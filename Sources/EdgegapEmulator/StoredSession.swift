import EdgegapAPI

/// A relay session as the store keeps it: fixed facts plus timestamps; its visible state is computed on read.
struct StoredSession: Sendable {
    /// One user: tokens exist from the start but are shown only once the session is ready.
    struct User: Sendable {
        var ip: String
        var latitude: Double
        var longitude: Double
        var token: UInt32
    }

    /// 12 hex digits; the id is `hex + "-S"` and the relay host `hex.st.edgegap.net`.
    let hex: String
    /// Creation order, for stable list pages.
    let sequence: UInt64
    let createdAt: Duration
    /// When the session leaves Initializing (far future for a stuck session).
    let settlesAt: Duration
    /// The failure message when this session fails instead of becoming READY.
    let failure: String?
    let token: UInt32
    var users: [User]
    let relayIP: UInt32
    let serverPort: Int
    let webhookURL: String?

    var id: String { hex + "-S" }

    func isSettled(at now: Duration) -> Bool { now >= settlesAt }

    func isReady(at now: Duration) -> Bool { isSettled(at: now) && failure == nil }

    /// The session as `GET` answers it at time `now`.
    func render(at now: Duration, statuses: SessionStatuses) -> RelaySession {
        guard isSettled(at: now) else {
            return RelaySession(sessionID: id, status: statuses.initializing, ready: false, linked: false,
                                sessionUsers: users.map { SessionUser(ipAddress: $0.ip) }, webhookURL: webhookURL)
        }
        if let failure {
            return RelaySession(sessionID: id, status: statuses.failed, ready: false, linked: false, error: failure,
                                sessionUsers: users.map { SessionUser(ipAddress: $0.ip) }, webhookURL: webhookURL)
        }
        return RelaySession(sessionID: id, authorizationToken: token, status: statuses.ready, ready: true, linked: true,
                            sessionUsers: users.map(Self.visible), relay: relay, webhookURL: webhookURL)
    }

    static func visible(_ user: User) -> SessionUser {
        SessionUser(ipAddress: user.ip, latitude: user.latitude, longitude: user.longitude, authorizationToken: user.token)
    }

    var relay: Relay {
        let host = "\(hex).st.edgegap.net"
        let ip = "\(relayIP >> 24).\((relayIP >> 16) & 0xFF).\((relayIP >> 8) & 0xFF).\(relayIP & 0xFF)"
        return Relay(ip: ip, host: host, ports: RelayPorts(
            server: RelayPort(port: serverPort, protocol: "UDP", link: "\(host):\(serverPort)"),
            client: RelayPort(port: serverPort + 1, protocol: "UDP", link: "\(host):\(serverPort + 1)")))
    }
}
