extension EmulatorStore {
    /// True when responses carry hostile strings (`EmulatorConfig.hostile`, or `PUT /_emulator/hostile`).
    public var isHostile: Bool { hostile }

    /// Turns hostile data on or off. Turning it on also stores lobbies and sessions whose names and ids are
    /// odd but legal (slashes, `%`, `?`, `#`, spaces, non-ASCII, an ESC): usable only when the client
    /// percent-encodes them. They stay when it is turned off, as any other data would.
    public func setHostile(_ on: Bool) {
        hostile = on
        guard on else { return }
        for name in HostileCorpus.oddLobbyNames where lobbies[name] == nil {
            lobbies[name] = StoredLobby(name: name, sequence: takeSequence(), phase: .ready)
            lobbyOrder.append(name)
        }
        for hex in HostileCorpus.oddSessionHexes where sessions[hex + "-S"] == nil {
            let ips = [randomPublicIP(), randomPublicIP()]
            let base = makeSession(ips: ips, createdAt: now - .seconds(90), settlesAfter: .zero, fails: false,
                                   webhookURL: "https://example.com/hooks/relay")
            insert(StoredSession(hex: hex, sequence: base.sequence, createdAt: base.createdAt, settlesAt: base.settlesAt,
                                 failure: nil, token: base.token, users: base.users, relayIP: base.relayIP,
                                 serverPort: base.serverPort, webhookURL: base.webhookURL))
        }
    }

    /// A reply as the hostile mode sends it: dressed string values when on, untouched otherwise.
    func dressed(_ reply: Reply) -> Reply {
        guard hostile, !reply.bytes.isEmpty else { return reply }
        var copy = reply
        copy.bytes = HostileJSON.dress(reply.bytes)
        return copy
    }
}
