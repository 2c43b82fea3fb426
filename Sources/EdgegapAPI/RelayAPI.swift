/// The relay-session half of the P2P API. Implementations throw `APIError`.
public protocol RelayAPI: Sendable {
    /// `POST /v1/relays/sessions`.
    func createSession(_ request: CreateSessionRequest) async throws -> RelaySession
    /// `GET /v1/relays/sessions?page=&limit=` (page from 1; nil leaves the API's default).
    func listSessions(page: Int?, limit: Int?) async throws -> SessionPage
    /// The same page as bytes per session (fingerprinted, not decoded), for the crawl.
    func scanSessions(page: Int?, limit: Int?) async throws -> ScannedSessionPage
    /// `GET /v1/relays/sessions/{id}`.
    func session(id: String) async throws -> RelaySession
    /// `DELETE /v1/relays/sessions/{id}` (204).
    func deleteSession(id: String) async throws
    /// `POST /v1/relays/sessions:authorize-user`.
    func authorizeUser(sessionID: String, ip: String) async throws -> UserAuthorization
    /// `POST /v1/relays/sessions:revoke-user`; nil when the API answers 204.
    func revokeUser(sessionID: String, token: UInt32) async throws -> RelaySession?
}

/// The Lobby Manager half of the P2P API. Implementations throw `APIError`.
public protocol LobbyAPI: Sendable {
    /// `POST /v1/lobbies`.
    func createLobby(name: String) async throws -> Lobby
    /// `GET /v1/lobbies` (decoded leniently).
    func listLobbies() async throws -> [Lobby]
    /// `GET /v1/lobbies/{name}`.
    func lobby(name: String) async throws -> Lobby
    /// `DELETE /v1/lobbies/{name}`.
    func deleteLobby(name: String) async throws -> Lobby
    /// `POST /v1/lobbies:deploy` (202).
    func deployLobby(name: String) async throws -> Lobby
    /// `POST /v1/lobbies:terminate`.
    func terminateLobby(name: String) async throws -> Lobby
}

/// Both halves: what the dashboard drives.
public typealias P2PAPI = RelayAPI & LobbyAPI
