extension EdgegapClient {
    /// `POST /v1/lobbies`.
    public func createLobby(name: String) async throws -> Lobby {
        try await call(.createLobby(name: name), as: Lobby.self)
    }

    /// `GET /v1/lobbies`, accepting every list shape `LobbyList` knows.
    public func listLobbies() async throws -> [Lobby] {
        try await call(.listLobbies(), as: LobbyList.self).lobbies
    }

    /// `GET /v1/lobbies/{name}`.
    public func lobby(name: String) async throws -> Lobby {
        try await call(.lobby(name: try Self.required(name, "lobby name")), as: Lobby.self)
    }

    /// `DELETE /v1/lobbies/{name}`.
    public func deleteLobby(name: String) async throws -> Lobby {
        try await call(.deleteLobby(name: try Self.required(name, "lobby name")), as: Lobby.self)
    }

    /// `POST /v1/lobbies:deploy`.
    public func deployLobby(name: String) async throws -> Lobby {
        try await call(.deployLobby(name: name), as: Lobby.self)
    }

    /// `POST /v1/lobbies:terminate`.
    public func terminateLobby(name: String) async throws -> Lobby {
        try await call(.terminateLobby(name: name), as: Lobby.self)
    }
}
