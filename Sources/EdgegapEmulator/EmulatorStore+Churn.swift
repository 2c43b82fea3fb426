import EdgegapAPI

extension EmulatorStore {
    /// One step of a live population: sessions come and go, users join and leave, lobbies move on.
    /// The counts drift around the configured scenario size.
    public func churnStep() {
        let target = max(config.sessions, 5)
        let creations = sessions.count < target ? Int.random(in: 1...3, using: &random) : Int.random(in: 0...2, using: &random)
        for _ in 0..<creations {
            let ips = (0..<Int.random(in: 1...4, using: &random)).map { _ in randomPublicIP() }
            _ = try? createSession(CreateSessionRequest(ips: ips))
        }
        let deletions = sessions.count > target ? Int.random(in: 1...3, using: &random) : Int.random(in: 0...1, using: &random)
        for _ in 0..<deletions where !sessionOrder.isEmpty {
            let victim = sessionOrder[Int.random(in: 0..<sessionOrder.count, using: &random)].id
            try? deleteSession(id: victim)
        }
        for _ in 0..<2 where !sessionOrder.isEmpty {
            let id = sessionOrder[Int.random(in: 0..<sessionOrder.count, using: &random)].id
            guard let session = sessions[id] else { continue }
            if session.users.count < 6, random.chance(0.6) {
                _ = try? authorizeUser(AuthorizeUserRequest(sessionID: id, userIP: randomPublicIP()))
            } else if session.users.count > 1, let leaver = session.users.dropFirst().randomElement(using: &random) {
                _ = try? revokeUser(RevokeUserRequest(sessionID: id, authorizationToken: leaver.token))
            }
        }
        churnLobbies()
    }

    private func churnLobbies() {
        for name in lobbyOrder where lobbies[name]?.resolved(at: now) == .gone { purgeLobby(name) }
        if lobbyOrder.count < config.lobbies {
            let word = Self.lobbyWords[Int(random.next() % UInt64(Self.lobbyWords.count))]
            _ = try? createLobby(name: "\(word)-\(random.hex(4))")
        }
        guard let name = lobbyOrder.randomElement(using: &random), let lobby = lobbies[name] else { return }
        switch lobby.resolved(at: now) {
        case .released, .failed: _ = try? deployLobby(name: name)
        case .ready where random.chance(0.3): _ = try? terminateLobby(name: name)
        default: break
        }
    }
}
