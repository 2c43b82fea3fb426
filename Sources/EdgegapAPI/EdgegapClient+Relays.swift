import NIOCore

extension EdgegapClient {
    /// `POST /v1/relays/sessions`.
    public func createSession(_ request: CreateSessionRequest) async throws -> RelaySession {
        try await call(.createSession(request), as: RelaySession.self)
    }

    /// `GET /v1/relays/sessions?page=&limit=`, decoded by the scanner (the Codable path's models, field for field).
    public func listSessions(page: Int?, limit: Int?) async throws -> SessionPage {
        let endpoint = Endpoint.listSessions(page: page, limit: limit)
        let exchange = try await send(endpoint)
        let key = "SessionPage \(endpoint.target)"
        if let same = memo.value(for: key, body: exchange.body, as: SessionPage.self) { return same }
        let value: SessionPage
        do { value = try Self.scan(exchange).decoded() } catch { throw undecodable(exchange, endpoint) }
        memo.store(value, for: key, body: exchange.body)
        return value
    }

    /// The same page as bytes per session, for the crawl: each session fingerprinted, none decoded.
    public func scanSessions(page: Int?, limit: Int?) async throws -> ScannedSessionPage {
        let endpoint = Endpoint.listSessions(page: page, limit: limit)
        let exchange = try await send(endpoint)
        do { return try Self.scan(exchange) } catch { throw undecodable(exchange, endpoint) }
    }

    static func scan(_ exchange: HTTPExchange) throws(JSONScanError) -> ScannedSessionPage {
        try exchange.body.withUnsafeReadableBytes { (raw: UnsafeRawBufferPointer) throws(JSONScanError) -> ScannedSessionPage in
            try ScannedSessionPage(scanning: raw.bindMemory(to: UInt8.self))
        }
    }

    /// `GET /v1/relays/sessions/{id}`.
    public func session(id: String) async throws -> RelaySession {
        try await call(.session(id: try Self.required(id, "session id")), as: RelaySession.self)
    }

    /// `DELETE /v1/relays/sessions/{id}`; any 2xx counts as deleted.
    public func deleteSession(id: String) async throws {
        _ = try await send(.deleteSession(id: try Self.required(id, "session id")))
    }

    /// `POST /v1/relays/sessions:authorize-user`.
    public func authorizeUser(sessionID: String, ip: String) async throws -> UserAuthorization {
        try await call(.authorizeUser(AuthorizeUserRequest(sessionID: sessionID, userIP: ip)), as: UserAuthorization.self)
    }

    /// `POST /v1/relays/sessions:revoke-user`; nil on 204 or an empty body.
    public func revokeUser(sessionID: String, token: UInt32) async throws -> RelaySession? {
        let endpoint = Endpoint.revokeUser(RevokeUserRequest(sessionID: sessionID, authorizationToken: token))
        let exchange = try await send(endpoint)
        if exchange.status == 204 || exchange.body.readableBytesView.allSatisfy(\.isASCIIWhitespace) { return nil }
        return try decode(RelaySession.self, from: exchange, endpoint: endpoint)
    }

    /// A path parameter that cannot be empty: an empty segment would address the collection instead.
    static func required(_ value: String, _ what: String) throws(APIError) -> String {
        guard !value.isEmpty else { throw APIError.badRequest(message: "empty \(what)") }
        return value
    }
}

extension UInt8 {
    /// Space, tab, CR or LF.
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
