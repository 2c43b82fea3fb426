import EdgegapAPI
import FoundationEssentials

/// One row of the problems view: what is wrong, with which session or lobby, since when.
public struct ProblemRow: Sendable, Equatable {
    /// What is wrong, in the order the view groups them.
    public enum Kind: Int, Sendable, Comparable, CaseIterable {
        case failed, stuck, lobbyError, lobbyStuck, longLived

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

        /// The word in the KIND column.
        public var label: String {
            switch self {
            case .failed: "failed"
            case .stuck: "stuck"
            case .lobbyError: "lobby error"
            case .lobbyStuck: "lobby stuck"
            case .longLived: "long-lived"
            }
        }
    }

    public enum Target: Sendable, Equatable, Hashable {
        case session(String)
        case lobby(String)

        var isLobby: Bool { if case .lobby = self { true } else { false } }
    }

    public var kind: Kind
    public var target: Target
    /// First seen (sessions) or deploying since (lobbies): the sort within a group, newest first.
    public var since: Date?

    /// The session id or lobby name.
    public var name: String {
        switch target {
        case .session(let id), .lobby(let id): id
        }
    }
}

/// Builds the problems view from the fleet index and the lobby list.
enum Problems {
    /// Most rows listed (all are counted in the title).
    static let shownLimit = 1_000

    /// Every problem, grouped by kind, newest first within a kind; and the count of each kind.
    static func rows(_ state: AppState) -> (rows: [ProblemRow], counts: [ProblemRow.Kind: Int]) {
        let config = state.config, now = state.now
        let index = state.fleet.index
        // Sessions as (kind, since, storage position) first: past `--long-lived` hours every session of a steady fleet
        // is a problem, and only the 1,000 listed become rows.
        var found: [(kind: ProblemRow.Kind, since: Date, position: Int)] = []
        index.scanLive { i, r in
            // The session's health decides (failed over stuck; long-lived for the rest that bill past the limit).
            let health = SessionHealth.of(r, now: now, config: config)
            let kind: ProblemRow.Kind? = switch health.state {
            case .failed: .failed
            case .stuck: .stuck
            case .ready, .initializing: health.longLived ? .longLived : nil
            }
            if let kind { found.append((kind, r.pointee.firstSeen, i)) }
            return true
        }
        var perKind = [Int](repeating: 0, count: ProblemRow.Kind.allCases.count)
        for f in found { perKind[f.kind.rawValue] += 1 }
        var counts: [ProblemRow.Kind: Int] = [:]
        for kind in ProblemRow.Kind.allCases where perKind[kind.rawValue] > 0 { counts[kind] = perKind[kind.rawValue] }
        // Newest first within a kind; the storage order is about the crawl's, oldest first, so walking it backwards
        // meets the listed ones first and rejects the rest at one comparison each.
        let ids = index.records
        let listed = found.reversed().smallest(shownLimit) { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            return a.since != b.since ? a.since > b.since : ids.id(at: a.position) < ids.id(at: b.position)
        }
        var rows = listed.map { ProblemRow(kind: $0.kind, target: .session(ids.id(at: $0.position)), since: $0.since) }
        for lobby in state.lobbies.feed.value ?? [] {
            let moving = state.lobbies.movingSince[lobby.name]
            if LobbyStatus.isError(lobby.status) {
                rows.append(ProblemRow(kind: .lobbyError, target: .lobby(lobby.name), since: moving ?? state.lobbies.firstSeen[lobby.name]))
            } else if let moving, now.timeIntervalSince(moving) > config.lobbyStuckAfter {
                rows.append(ProblemRow(kind: .lobbyStuck, target: .lobby(lobby.name), since: moving))
            }
        }
        for r in rows where r.target.isLobby { counts[r.kind, default: 0] += 1 }
        rows.sort { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            let (x, y) = (a.since ?? .distantPast, b.since ?? .distantPast)
            return x != y ? x > y : a.name < b.name
        }
        return (Array(rows.prefix(shownLimit)), counts)
    }
}
