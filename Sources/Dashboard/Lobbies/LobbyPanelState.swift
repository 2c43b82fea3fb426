import EdgegapAPI
import Foundation

/// The lobby panel: the lobby list, its selection and when deploys started.
public struct LobbyPanelState: Sendable, Equatable {
    public var feed = Feed<[Lobby]>()
    public var selectedName: String?
    /// When each lobby was first seen.
    public var firstSeen = FirstSeenTimes()
    /// When a lobby was first seen moving — deploying or terminating — (for its progress and stuck marks).
    public var movingSince: [String: Date] = [:]

    public init() {}
}
