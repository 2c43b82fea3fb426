import NIOCore
import NIOHTTP1

/// One call of the P2P API: method, encoded path, query and JSON body; `label` names it in errors and logs.
struct Endpoint: Sendable {
    let method: HTTPMethod
    /// The path with every parameter already percent-encoded.
    let path: String
    /// `METHOD /template` with parameter names instead of values, e.g. `GET /v1/lobbies/{lobby_name}`.
    let label: String
    var query: [(name: String, value: String)] = []
    /// A JSON body, when the call has one.
    var body: (any Encodable & Sendable)?

    init(_ method: HTTPMethod, _ path: String, label template: String? = nil, body: (any Encodable & Sendable)? = nil) {
        self.method = method
        self.path = path
        self.label = "\(method.rawValue) \(template ?? path)"
        self.body = body
    }

    /// The path and the query string, ready to append to the base URL.
    var target: String {
        guard !query.isEmpty else { return path }
        let items = query.map { "\(PathSegment.encode($0.name))=\(PathSegment.encode($0.value))" }
        return path + "?" + items.joined(separator: "&")
    }
}

extension Endpoint {
    static func createSession(_ request: CreateSessionRequest) -> Endpoint {
        Endpoint(.POST, "/v1/relays/sessions", body: request)
    }

    static func listSessions(page: Int?, limit: Int?) -> Endpoint {
        var endpoint = Endpoint(.GET, "/v1/relays/sessions")
        if let page { endpoint.query.append(("page", String(page))) }
        if let limit { endpoint.query.append(("limit", String(limit))) }
        return endpoint
    }

    static func session(id: String) -> Endpoint {
        Endpoint(.GET, "/v1/relays/sessions/" + PathSegment.encode(id), label: "/v1/relays/sessions/{session_id}")
    }

    static func deleteSession(id: String) -> Endpoint {
        Endpoint(.DELETE, "/v1/relays/sessions/" + PathSegment.encode(id), label: "/v1/relays/sessions/{session_id}")
    }

    static func authorizeUser(_ request: AuthorizeUserRequest) -> Endpoint {
        Endpoint(.POST, "/v1/relays/sessions:authorize-user", body: request)
    }

    static func revokeUser(_ request: RevokeUserRequest) -> Endpoint {
        Endpoint(.POST, "/v1/relays/sessions:revoke-user", body: request)
    }

    static func createLobby(name: String) -> Endpoint {
        Endpoint(.POST, "/v1/lobbies", body: LobbyNameRequest(name: name))
    }

    static func listLobbies() -> Endpoint {
        Endpoint(.GET, "/v1/lobbies")
    }

    static func lobby(name: String) -> Endpoint {
        Endpoint(.GET, "/v1/lobbies/" + PathSegment.encode(name), label: "/v1/lobbies/{lobby_name}")
    }

    static func deleteLobby(name: String) -> Endpoint {
        Endpoint(.DELETE, "/v1/lobbies/" + PathSegment.encode(name), label: "/v1/lobbies/{lobby_name}")
    }

    static func deployLobby(name: String) -> Endpoint {
        Endpoint(.POST, "/v1/lobbies:deploy", body: LobbyNameRequest(name: name))
    }

    static func terminateLobby(name: String) -> Endpoint {
        Endpoint(.POST, "/v1/lobbies:terminate", body: LobbyNameRequest(name: name))
    }
}
