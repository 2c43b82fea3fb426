import EdgegapAPI
import Foundation

/// The lobbies as the model knows them: the list, when each was first seen, and when a deploy or termination started.
public struct LobbiesState: Sendable, Equatable {
    public var feed = Feed<[Lobby]>()
    /// When each lobby was first seen.
    public var firstSeen = FirstSeenTimes()
    /// When a lobby was first seen moving — deploying or terminating — (for its progress and stuck marks).
    public var movingSince: [String: Date] = [:]
    /// Lobbies whose stuck deploy was already said (one event a deploy).
    public var stuckSaid: Set<String> = []

    public init() {}
}

/// The lobby pane: its selection and filter (the list itself is the model's).
public struct LobbyPane: Sendable, Equatable {
    public var selectedName: String?
    /// `/`: lobbies whose name, status or url contain it (case-insensitive); empty: all.
    public var filter = ""

    public init() {}
}

extension AppState {
    /// The lobbies the pane lists: the model's list under the pane's filter.
    public var visibleLobbies: [Lobby] {
        let all = model.lobbies.feed.value ?? []
        let filter = screen.lobbyPane.filter
        guard !filter.isEmpty else { return all }
        let f = filter.lowercased()
        return all.filter { [$0.name, $0.status, $0.url].contains { $0.lowercased().contains(f) } }
    }
}
