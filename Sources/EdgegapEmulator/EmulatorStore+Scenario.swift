extension EmulatorStore {
    /// Builds a deterministic population: mostly READY sessions created over the last hour, some still
    /// initializing (a few stuck), some failed; lobbies in every state.
    func populate(sessions count: Int, lobbies lobbyCount: Int) {
        let start = now
        sessions.reserveCapacity(count)
        sessionOrder.reserveCapacity(count)
        for _ in 0..<count {
            let roll = Double.random(in: 0..<1, using: &random)
            let age = Duration.seconds(Int.random(in: 60...3600, using: &random))
            let ips = (0..<Int.random(in: 1...4, using: &random)).map { _ in randomPublicIP() }
            let session: StoredSession
            switch roll {
            case ..<0.06:  // initializing, ready within a few readyDelays
                let pending = config.readyDelay * Double.random(in: 1...8, using: &random)
                session = makeSession(ips: ips, createdAt: start, settlesAfter: pending, fails: false, webhookURL: nil)
            case ..<0.08:  // stuck in Initializing: what "stuck" detection should catch
                session = makeSession(ips: ips, createdAt: start - age, settlesAfter: .seconds(86_400 * 365),
                                      fails: false, webhookURL: nil)
            case ..<0.13:
                session = makeSession(ips: ips, createdAt: start - age, settlesAfter: config.readyDelay,
                                      fails: true, webhookURL: nil)
            default:
                session = makeSession(ips: ips, createdAt: start - age, settlesAfter: config.readyDelay,
                                      fails: false, webhookURL: random.chance(0.2) ? "https://example.com/hooks/relay" : nil)
            }
            insert(session)
        }
        for index in 0..<lobbyCount {
            let word = Self.lobbyWords[Int(random.next() % UInt64(Self.lobbyWords.count))]
            let name = "\(word)-\(index + 1)"
            var lobby = StoredLobby(name: name, sequence: takeSequence(), phase: .released)
            switch Double.random(in: 0..<1, using: &random) {
            case ..<0.25: lobby.phase = .released
            case ..<0.35: lobby.phase = .deploying(until: start + config.lobbyDeployDelay * Double.random(in: 0.5...3, using: &random), fails: false)
            case ..<0.85: lobby.phase = .ready
            case ..<0.92: lobby.phase = .failed
            default: lobby.phase = .terminating(until: start + config.lobbyTerminateDelay * Double.random(in: 1...4, using: &random))
            }
            lobbies[name] = lobby
            lobbyOrder.append(name)
        }
    }

    /// A plausible public address: IPv4 outside private, loopback and multicast ranges, or (1 in 10) IPv6.
    func randomPublicIP() -> String {
        if random.chance(0.1) {
            let groups = (0..<5).map { _ in String(UInt16.random(in: 0...0xFFFF, using: &random), radix: 16) }
            return "2a0\(Int.random(in: 1...9, using: &random)):\(groups.joined(separator: ":"))::\(String(UInt16.random(in: 1...0xFFFF, using: &random), radix: 16))"
        }
        while true {
            let a = Int.random(in: 1...223, using: &random)
            if [10, 100, 127, 169, 172, 192, 198].contains(a) { continue }
            return "\(a).\(Int.random(in: 0...255, using: &random)).\(Int.random(in: 0...255, using: &random)).\(Int.random(in: 1...254, using: &random))"
        }
    }

    static let lobbyWords = ["arena", "duel", "coop", "raid", "ranked", "casual", "party", "scrim", "custom", "quick"]
}
