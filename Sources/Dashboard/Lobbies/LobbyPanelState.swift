import EdgegapAPI
import Foundation

/// The lobby panel: the lobby list, its selection and when deploys started.
public struct LobbyPanelState: Sendable, Equatable {
    public var feed = Feed<[Lobby]>()
    public var selectedName: String?
    /// `/`: lobbies whose name, status or url contain it (case-insensitive); empty: all.
    public var filter = ""
    /// When each lobby was first seen.
    public var firstSeen = FirstSeenTimes()
    /// When a lobby was first seen moving — deploying or terminating — (for its progress and stuck marks).
    public var movingSince: [String: Date] = [:]

    public init() {}
}

extension LobbyPanelState {
    /// The lobbies listed: the list under the filter.
    public var visible: [Lobby] {
        let all = feed.value ?? []
        guard !filter.isEmpty else { return all }
        let f = filter.lowercased()
        return all.filter { [$0.name, $0.status, $0.url].contains { $0.lowercased().contains(f) } }
    }
}
