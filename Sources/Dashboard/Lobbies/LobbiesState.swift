import EdgegapAPI
import FoundationEssentials

/// The lobbies as the model knows them: the list, when each was first seen, and when a deploy or termination started.
public struct LobbiesState: Sendable, Equatable {
    public var feed = Feed<[Lobby]>()
    /// When each lobby was first seen.
    public var firstSeen = FirstSeenTimes()
    /// When a lobby was first seen moving — deploying or terminating — (for its progress and stuck marks).
    public var movingSince: [String: Date] = [:]
    /// Lobbies whose stuck deploy was already said (one event a deploy).
    public var stuckSaid: Set<String> = []
    /// When each lobby was first seen in its current status (a lower bound for the first list's).
    public var statusSince: [String: FirstSeen.Record] = [:]

    public init() {}
}

/// The lobby pane: its selection and filter (the list itself is the model's).
public struct LobbyPane: Sendable, Equatable {
    public var selectedName: String?
    /// `/`: lobbies whose name, status or url contain it (case-insensitive); empty: all.
    public var filter = ""
    /// Enter opened the detail of the selected lobby (the detail pane shows it while the lobbies have the keys; it
    /// follows the selection; Esc closes it).
    public var detailOpen = false

    public init() {}
}

extension AppState {
    /// True while the detail pane shows the selected lobby rather than a session.
    public var showsLobbyDetail: Bool { screen.lobbyPane.detailOpen && screen.focus == .lobbies }

    /// The lobbies the pane lists: the model's list under the pane's filter.
    public var visibleLobbies: [Lobby] {
        let all = model.lobbies.feed.value ?? []
        let filter = screen.lobbyPane.filter
        guard !filter.isEmpty else { return all }
        let f = filter.lowercased()
        return all.filter { [$0.name, $0.status, $0.url].contains { $0.lowercased().contains(f) } }
    }
}
