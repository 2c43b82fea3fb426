import FoundationEssentials

/// The front ends that drive the polling model.
public enum Front: String, Sendable, Equatable {
    /// The dashboard: the model plus the page, the detail and the panes.
    case dashboard
    /// `relaydeck watch`: the crawl, the lobbies and the API's health, printed as events.
    case watch
    /// `relaydeck exporter`: the same, served to Prometheus.
    case exporter
    /// `relaydeck sessions find`: one sweep of the crawl.
    case find
}

/// Where an alert goes beyond the header's badge and highlight.
public enum NotifyChannel: String, Sendable, CaseIterable, Comparable {
    /// BEL: tmux's monitor-bell flags the window, terminals beep or flash.
    case bell
    /// OSC 9 and OSC 777 desktop notifications (iTerm2, WezTerm, kitty, foot, Ghostty, Windows Terminal), also in
    /// tmux's passthrough wrapper inside tmux.
    case osc9, osc777
    /// A short status in the terminal's (or tmux pane's) title: `RelayDeck prod ✖3`, put back on exit.
    case title

    public static func < (a: NotifyChannel, b: NotifyChannel) -> Bool { a.rawValue < b.rawValue }
}

/// Settings the dashboard runs with (from flags and, later, profiles).
public struct DashboardConfig: Sendable, Equatable {
    /// Profile or environment name shown in the header (`DEMO` in demo mode).
    public var environment: String
    /// The API host shown in the header (never the key).
    public var apiHost: String
    /// Poll interval in seconds (minimum 0.5).
    public var refresh: Double
    /// Sessions asked for a page.
    public var pageSize: Int
    /// A session not ready after this many seconds is marked stuck.
    public var sessionStuckAfter: Double
    /// A deploying lobby without a url after this many seconds is marked stuck.
    public var lobbyStuckAfter: Double
    /// Mutating keys are hidden and refused.
    public var readOnly: Bool
    /// A production profile: shown in the danger colour, destructive actions need the target typed.
    public var production: Bool
    /// Longest backoff after errors, in seconds.
    public var maxBackoff: Double
    /// Zone for clock times on screen.
    public var zone: ClockZone
    /// The fleet crawl's budget in requests a second (0: no crawl, the dashboard sees the page only).
    public var crawlRate: Double
    /// A session open longer than this many seconds is listed in the problems view (it bills while open).
    public var longLivedAfter: Double
    /// Where the key was read from, in words a user can act on (`STAGING_KEY`, `~/.config/relaydeck/prod.key`);
    /// nil when there is nothing to fix (the demo's own key). Never the key.
    public var keySource: String?
    /// Which front end drives the model (which feeds it polls).
    public var front: Front = .dashboard
    /// The event kinds that alert (pinned targets' changes always do). See `Alerts.defaultKinds`.
    public var alertKinds: Set<Event.Kind> = Alerts.defaultKinds
    /// Where alerts go beyond the badge and the highlight (`--notify`, `notify:`).
    public var notify: Set<NotifyChannel> = []
    /// At most one notification of a kind this many seconds apart; the rest in one summary when the window ends.
    public var alertEvery: Double = 60
    /// The API down this long alerts (its first failure is only an event).
    public var apiDownAlertAfter: Double = 30
    /// Who runs this dashboard (the OS user), for the events of its mutations.
    public var operatorName: String?
    /// The keys in force: the defaults with the user's keymap over them.
    public var keymap = Keymap.defaults
    /// Mouse reports at start (`--mouse`, `mouse: true`); the mouse key turns them on and off.
    public var mouse = false
    /// The operator's own commands (`commands:`), their keys checked against the keymap.
    public var commands: [CustomCommand] = []

    /// The default crawl budget (see docs/DECISIONS.md).
    public static let defaultCrawlRate: Double = 5
    /// The default `--long-lived`, in hours.
    public static let defaultLongLivedHours: Double = 4

    public init(environment: String = "DEMO", apiHost: String = "127.0.0.1", refresh: Double = 2, pageSize: Int = 50,
                sessionStuckAfter: Double = 60, lobbyStuckAfter: Double = 120, readOnly: Bool = false,
                production: Bool = false, maxBackoff: Double = 30, zone: ClockZone = .utc,
                crawlRate: Double = DashboardConfig.defaultCrawlRate,
                longLivedAfter: Double = DashboardConfig.defaultLongLivedHours * 3600, keySource: String? = nil) {
        self.environment = environment
        self.apiHost = apiHost
        self.refresh = max(0.5, refresh)
        self.pageSize = max(1, min(100, pageSize))
        self.sessionStuckAfter = sessionStuckAfter
        self.lobbyStuckAfter = lobbyStuckAfter
        self.readOnly = readOnly
        self.production = production
        self.maxBackoff = maxBackoff
        self.zone = zone
        self.crawlRate = max(0, crawlRate)
        self.longLivedAfter = longLivedAfter
        self.keySource = keySource
    }
}
