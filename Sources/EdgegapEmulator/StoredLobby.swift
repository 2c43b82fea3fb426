import EdgegapAPI

/// A lobby as the store keeps it; timed phases resolve lazily against the clock.
struct StoredLobby: Sendable {
    enum Phase: Sendable, Equatable {
        case released
        /// Deploying until `until`, then READY, or Error when `fails`.
        case deploying(until: Duration, fails: Bool)
        case ready
        case failed
        /// Terminating until `until`, then gone.
        case terminating(until: Duration)
        case gone
    }

    let name: String
    let sequence: UInt64
    var phase: Phase

    /// The phase once every transition due by `now` has happened.
    func resolved(at now: Duration) -> Phase {
        switch phase {
        case .deploying(let until, let fails) where now >= until: fails ? .failed : .ready
        case .terminating(let until) where now >= until: .gone
        default: phase
        }
    }

    /// The lobby as the API shows it, or nil once gone.
    func render(at now: Duration, statuses: LobbyStatuses) -> Lobby? {
        switch resolved(at: now) {
        case .released: Lobby(name: name, url: "", status: statuses.released)
        case .deploying: Lobby(name: name, url: "", status: statuses.deploying)
        case .ready: Lobby(name: name, url: url, status: statuses.ready)
        case .failed: Lobby(name: name, url: "", status: statuses.error)
        // The url stays while the service shuts down, as a client may still be connected.
        case .terminating: Lobby(name: name, url: url, status: statuses.terminating)
        case .gone: nil
        }
    }

    /// `https://<name as a DNS label>.lobby.edgegap.net`.
    var url: String {
        let label = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        return "https://\(label).lobby.edgegap.net"
    }

    /// Names the emulator accepts on create: 1–63 of `[A-Za-z0-9_-]` (lookups take any text).
    static func isValidName(_ name: String) -> Bool {
        guard (1...63).contains(name.utf8.count) else { return false }
        return name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F || byte == 0x2D
        }
    }
}
