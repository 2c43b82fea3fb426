import EdgegapAPI
import Foundation

/// Everything the dashboard knows. A value: the reducer changes it, the view draws it.
public struct AppState: Sendable, Equatable {
    public var config: DashboardConfig
    /// The time of the last action (the view's clock; ages are computed from it).
    public var now: Date
    /// Terminal size in cells.
    public var width = 80
    public var height = 24
    /// The pane that has the keyboard.
    public var focus: Pane = .sessions
    public var sessions = SessionListState()
    public var detail = DetailState()
    public var lobbies = LobbyPanelState()
    /// The outage probe (not drawn).
    public var probe = Probe()
    /// Session totals over recent polls, for the header sparkline.
    public var totalsHistory: [Int] = []
    /// Results and errors, newest last (capped).
    public var messages: [Message] = []
    public var modal: Modal?
    /// Mutations on their way, by kind and target.
    public var pending: [PendingKey: Mutation] = [:]
    /// Index into the theme cycle (the runtime maps it to a loaded theme).
    public var themeIndex = 0
    /// Set when the user quits.
    public var quitting = false

    public init(config: DashboardConfig, now: Date) {
        self.config = config
        self.now = now
    }

    /// Longest message history kept.
    public static let messageLimit = 50
    /// Polls kept for the sparkline.
    public static let historyLimit = 60

    /// Appends a message, dropping the oldest past the limit.
    public mutating func post(_ level: Message.Level, _ text: String) {
        messages.append(Message(level, text, at: now))
        if messages.count > Self.messageLimit { messages.removeFirst(messages.count - Self.messageLimit) }
    }

    /// True when the wide layout (list and detail side by side, lobbies below) fits.
    public var isWide: Bool { width >= 120 && height >= 32 }

    /// The smallest size the dashboard draws at.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    /// True when the terminal is too small to draw anything useful.
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}

/// The session list pane: the page being polled, the selection, the filter and the sort.
public struct SessionListState: Sendable, Equatable {
    /// Page asked for, from 1.
    public var page = 1
    public var feed = Feed<SessionPage>()
    /// The selected session id; kept across refreshes.
    public var selectedID: String?
    /// Incremental filter over the loaded page (empty: none).
    public var filter = ""
    public var sort = SessionSort()
    /// When each session id was first seen by this dashboard (the API has no creation time).
    public var firstSeen: [String: Date] = [:]

    public init() {}
}

/// The detail pane: which session it shows and its own feed.
public struct DetailState: Sendable, Equatable {
    /// The session shown (follows the list selection, or a jump target).
    public var sessionID: String?
    public var feed = Feed<RelaySession>()
    /// The selected user row (for revoke).
    public var selectedUser = 0
    /// True once the API said the session is gone.
    public var gone = false
    /// True while the session is on the loaded page: its data comes with each page (the list answers whole
    /// sessions), so the pane sends no requests of its own.
    public var ridesOnPage = false

    public init() {}
}

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
