import EdgegapAPI

extension EmulatorStore {
    /// `POST /v1/relays/sessions`: a new session, `Initializing` until `readyDelay` has passed.
    public func createSession(_ request: CreateSessionRequest) throws(EmulatorRejection) -> RelaySession {
        guard !request.users.isEmpty else { throw .badRequest("users must hold at least one user") }
        for (index, user) in request.users.enumerated() where !IPAddress.isValid(user.ip) {
            throw .badRequest("users[\(index)].ip is not a valid IPv4 or IPv6 address")
        }
        if let url = request.webhookURL, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw .badRequest("webhook_url must be an http or https URL")
        }
        let fails = random.chance(config.failureRate)
        let session = makeSession(ips: request.users.map(\.ip), createdAt: now, settlesAfter: config.readyDelay,
                                  fails: fails, webhookURL: request.webhookURL)
        insert(session)
        if session.webhookURL != nil, !fails { scheduleWebhook(for: session) }
        return session.render(at: now, statuses: config.sessionStatuses)
    }

    /// `GET /v1/relays/sessions/{id}`.
    public func session(id: String) throws(EmulatorRejection) -> RelaySession {
        guard let session = sessions[id] else { throw .notFound("Relay session \(id) not found") }
        return session.render(at: now, statuses: config.sessionStatuses)
    }

    /// `DELETE /v1/relays/sessions/{id}`.
    public func deleteSession(id: String) throws(EmulatorRejection) {
        guard let session = sessions.removeValue(forKey: id) else { throw .notFound("Relay session \(id) not found") }
        if let index = orderIndex(of: session.sequence) { sessionOrder.remove(at: index) }
    }

    /// `GET /v1/relays/sessions?page=&limit=`: a slice of the creation order; `page` from 1, `limit` already capped.
    public func sessionPage(page: Int, limit: Int) -> SessionPage {
        let total = sessionOrder.count
        let pagination = Pagination.of(page: page, limit: limit, total: total)
        let start = (page - 1).multipliedReportingOverflow(by: limit)
        guard !start.overflow, start.partialValue < total else {
            return SessionPage(sessions: [], totalCount: total, pagination: pagination)
        }
        let slice = sessionOrder[start.partialValue..<min(total, start.partialValue + limit)]
        let time = now
        let rendered = slice.compactMap { sessions[$0.id]?.render(at: time, statuses: config.sessionStatuses) }
        return SessionPage(sessions: rendered, totalCount: total, pagination: pagination)
    }

    /// `POST /v1/relays/sessions:authorize-user`: adds a user (409 when the IP is already on the session).
    public func authorizeUser(_ request: AuthorizeUserRequest) throws(EmulatorRejection) -> UserAuthorization {
        guard IPAddress.isValid(request.userIP) else { throw .badRequest("user_ip is not a valid IPv4 or IPv6 address") }
        guard var session = sessions[request.sessionID] else {
            throw .notFound("Relay session \(request.sessionID) not found")
        }
        guard !session.users.contains(where: { $0.ip == request.userIP }) else {
            throw .conflict("User \(request.userIP) is already authorized on session \(session.id)")
        }
        let user = makeUser(ip: request.userIP)
        session.users.append(user)
        sessions[session.id] = session
        let time = now
        let visibleUser = session.isReady(at: time) ? StoredSession.visible(user) : SessionUser(ipAddress: user.ip)
        return UserAuthorization(session: session.render(at: time, statuses: config.sessionStatuses), sessionUser: visibleUser)
    }

    /// `POST /v1/relays/sessions:revoke-user`: removes the user holding the token.
    public func revokeUser(_ request: RevokeUserRequest) throws(EmulatorRejection) -> RelaySession {
        guard var session = sessions[request.sessionID] else {
            throw .notFound("Relay session \(request.sessionID) not found")
        }
        guard let index = session.users.firstIndex(where: { $0.token == request.authorizationToken }) else {
            throw .notFound("No user with that authorization token on session \(session.id)")
        }
        session.users.remove(at: index)
        sessions[session.id] = session
        return session.render(at: now, statuses: config.sessionStatuses)
    }

    /// Number of relay sessions.
    public var sessionCount: Int { sessions.count }

    /// Ids of every session in list order.
    public func sessionIDs() -> [String] { sessionOrder.map(\.id) }

    func insert(_ session: StoredSession) {
        sessions[session.id] = session
        sessionOrder.append(OrderEntry(sequence: session.sequence, id: session.id))
    }

    /// Binary search: sequences only grow, so the order array stays sorted by them.
    func orderIndex(of sequence: UInt64) -> Int? {
        var low = 0, high = sessionOrder.count
        while low < high {
            let mid = (low + high) / 2
            if sessionOrder[mid].sequence < sequence { low = mid + 1 } else { high = mid }
        }
        return low < sessionOrder.count && sessionOrder[low].sequence == sequence ? low : nil
    }

    func makeSession(ips: [String], createdAt: Duration, settlesAfter: Duration, fails: Bool,
                     webhookURL: String?) -> StoredSession {
        var hex = random.hex(12)
        while sessions[hex + "-S"] != nil { hex = random.hex(12) }
        let failure = fails ? Self.failureMessages[Int(random.next() % UInt64(Self.failureMessages.count))] : nil
        return StoredSession(
            hex: hex, sequence: takeSequence(), createdAt: createdAt, settlesAt: createdAt + settlesAfter,
            failure: failure, token: UInt32.random(in: .min ... .max, using: &random),
            users: ips.map(makeUser), relayIP: UInt32.random(in: 0x2D00_0000...0xC5FF_FFFF, using: &random),
            serverPort: 2 * Int.random(in: 15000..<20000, using: &random), webhookURL: webhookURL)
    }

    func makeUser(ip: String) -> StoredSession.User {
        let place = WorldCities.locate(ip: ip)
        return StoredSession.User(ip: ip, latitude: place.latitude, longitude: place.longitude,
                                  token: UInt32.random(in: .min ... .max, using: &random))
    }

    static let failureMessages = [
        "No relay available in the requested location",
        "Relay allocation timed out",
        "Session failed",
    ]
}
