import EdgegapAPI

extension EmulatorStore {
    /// `POST /v1/lobbies`: a `Released` lobby with an empty url (409 when the name exists).
    public func createLobby(name: String) throws(EmulatorRejection) -> Lobby {
        guard StoredLobby.isValidName(name) else {
            throw .badRequest("Lobby name must be 1 to 63 characters of A-Z, a-z, 0-9, '_' or '-'")
        }
        if let existing = lobbies[name], existing.resolved(at: now) != .gone {
            throw .conflict("Lobby \(name) already exists")
        }
        purgeLobby(name)
        let lobby = StoredLobby(name: name, sequence: takeSequence(), phase: .released)
        lobbies[name] = lobby
        lobbyOrder.append(name)
        return render(lobby)
    }

    /// `GET /v1/lobbies/{name}`: any text is looked up; only stored names are found.
    public func lobby(name: String) throws(EmulatorRejection) -> Lobby {
        render(try live(name))
    }

    /// Every live lobby in creation order.
    public func allLobbies() -> [Lobby] {
        let time = now
        return lobbyOrder.compactMap { lobbies[$0]?.render(at: time, statuses: config.lobbyStatuses) }
    }

    /// `DELETE /v1/lobbies/{name}`: removes it at once and answers its last state.
    public func deleteLobby(name: String) throws(EmulatorRejection) -> Lobby {
        let lobby = try live(name)
        purgeLobby(name)
        return render(lobby)
    }

    /// `POST /v1/lobbies:deploy`: `Released` (or failed) to `Deploying`; 409 in any other state.
    public func deployLobby(name: String) throws(EmulatorRejection) -> Lobby {
        var lobby = try live(name)
        switch lobby.resolved(at: now) {
        case .released, .failed:
            lobby.phase = .deploying(until: now + config.lobbyDeployDelay, fails: random.chance(config.failureRate))
        default:
            throw .conflict("Lobby \(name) cannot be deployed while \(render(lobby).status)")
        }
        lobbies[name] = lobby
        return render(lobby)
    }

    /// `POST /v1/lobbies:terminate`: a deploying, READY or failed lobby to `Terminating`, then gone.
    public func terminateLobby(name: String) throws(EmulatorRejection) -> Lobby {
        var lobby = try live(name)
        switch lobby.resolved(at: now) {
        case .deploying, .ready, .failed:
            lobby.phase = .terminating(until: now + config.lobbyTerminateDelay)
        default:
            throw .conflict("Lobby \(name) cannot be terminated while \(render(lobby).status)")
        }
        lobbies[name] = lobby
        return render(lobby)
    }

    /// Number of live lobbies.
    public var lobbyCount: Int { allLobbies().count }

    func live(_ name: String) throws(EmulatorRejection) -> StoredLobby {
        guard let lobby = lobbies[name], lobby.resolved(at: now) != .gone else {
            purgeLobby(name)
            throw .notFound("Lobby not found")
        }
        return lobby
    }

    func render(_ lobby: StoredLobby) -> Lobby {
        lobby.render(at: now, statuses: config.lobbyStatuses) ?? Lobby(name: lobby.name, status: config.lobbyStatuses.terminating)
    }

    func purgeLobby(_ name: String) {
        guard lobbies.removeValue(forKey: name) != nil else { return }
        lobbyOrder.removeAll { $0 == name }
    }
}
