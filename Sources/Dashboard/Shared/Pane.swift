/// The panes of the dashboard; Tab cycles through them.
public enum Pane: String, Sendable, Equatable, CaseIterable {
    case sessions, detail, lobbies

    /// The next pane in Tab order.
    public var next: Pane {
        switch self {
        case .sessions: .detail
        case .detail: .lobbies
        case .lobbies: .sessions
        }
    }

    /// The previous pane in Tab order.
    public var previous: Pane {
        switch self {
        case .sessions: .lobbies
        case .detail: .sessions
        case .lobbies: .detail
        }
    }
}
