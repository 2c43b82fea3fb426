import EdgegapAPI
import FoundationEssentials

/// The drawn part of the state: settings, size, focus, each feature's slice, messages, the overlay.
public struct Screen: Sendable, Equatable {
    public var config: DashboardConfig
    /// Terminal size in cells.
    public var width = 80
    public var height = 24
    /// The pane that has the keyboard.
    public var focus: Pane = .sessions
    /// The first row each list showed after the user last moved: moving the selection within the rows shown does not
    /// scroll (as in htop or k9s, moving up from the bottom row walks up the screen), leaving them scrolls just enough.
    public var scrollTops: [ScreenLayout.List: Int] = [:]
    public var sessions = SessionListState()
    public var detail = DetailState()
    public var lobbyPane = LobbyPane()
    /// The timeline of events (in the session pane's place).
    public var timeline = TimelineState()
    /// Session totals over recent polls, for the header sparkline.
    public var totalsHistory: [Int] = []
    /// Results and errors, newest last (capped).
    public var messages: [Message] = []
    /// The number the next message gets.
    public var nextMessage = 1
    /// The outcome of the user's last action, kept in the message line until dismissed or replaced.
    public var outcome: Message?
    /// The message dismissed with Esc (the line stays clear until a newer one).
    public var dismissed: Message?
    public var modal: Modal?
    /// Mutations on their way, by kind and target.
    public var pending: [PendingKey: Mutation] = [:]
    /// Mutations on their way that were sent on another profile (before a switch), with its name.
    public var elsewhere: [PendingKey: String] = [:]
    /// The profile `:profile` is opening (a second switch waits for this one).
    public var switchingProfile: String?
    /// Index into the theme cycle (the program draws with the theme at this index).
    public var themeIndex = 0
    /// The names of the themes `t` cycles through, in order (for the message naming the new one).
    public var themeNames: [String] = []
    /// Set when the user quits.
    public var quitting = false
    /// The terminal reports the mouse (clicks select, the wheel scrolls; text selection needs Shift).
    public var mouse = false
    /// The last left click, for a double click (what it hit, and when).
    public var lastClick: Click?
    /// What is marked for a bulk action.
    public var marks = Marks()
    /// The bulk action under way.
    public var bulk: BulkRun?
    /// The screen frozen by the pause key (nil: live).
    public var paused: Pause?
    /// Background commands started and not ended yet.
    public var commandsRunning: [CommandRun] = []
    /// What the saves compare with (see `Preferences.saving`).
    public var preferenceBasis: PreferenceBasis?
    /// What was saved of the preferences last (nil: they are not remembered, as in tests and headless fronts).
    public var savedPreferences: Preferences?

    public init(config: DashboardConfig) {
        self.config = config
        mouse = config.mouse
    }

    /// Takes what belongs to the terminal and the operator rather than to what is shown: the size, the theme, the
    /// message history, the mouse (a profile switch and the pause keep them).
    public mutating func keepSurface(of other: Screen) {
        width = other.width
        height = other.height
        themeIndex = other.themeIndex
        themeNames = other.themeNames
        messages = other.messages
        nextMessage = other.nextMessage
        mouse = other.mouse
    }

    /// True when the wide layout (list and detail side by side, lobbies below) fits.
    public var isWide: Bool { width >= 120 && height >= 32 }

    /// True when the terminal is too small to draw anything useful.
    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }
}
