import EdgegapAPI
import Foundation

/// The lobby panel: the lobby list, its selection and when deploys started.
public struct LobbyPanelState: Sendable, Equatable {
    public var feed = Feed<[Lobby]>()
    public var selectedName: String?
    /// When each lobby was first seen.
    public var firstSeen: [String: Date] = [:]
    /// When a lobby was first seen deploying (for the stuck mark).
    public var deployingSince: [String: Date] = [:]

    public init() {}
}
