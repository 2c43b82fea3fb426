import FoundationEssentials

/// What the dashboard remembers per profile between runs: the theme, the sort, the page size, the focused pane, the
/// mouse and the pins. Saved (by the runner, in the state dir) whenever one of them changes; restored at start under
/// the flags (a flag given wins).
public struct Preferences: Sendable, Equatable, Codable {
    public var theme: String?
    /// `status` or `status desc`.
    public var sort: String?
    public var pageSize: Int?
    public var focus: String?
    public var mouse: Bool?
    /// `session:ID` or `lobby:NAME`.
    public var pins: [String]?

    public init() {}

    /// The preferences `state` shows.
    public static func of(_ state: AppState) -> Preferences {
        var p = Preferences()
        if !state.themeNames.isEmpty { p.theme = state.themeNames[state.themeIndex % state.themeNames.count] }
        p.sort = state.sessions.sort.key.rawValue + (state.sessions.sort.descending ? " desc" : "")
        p.pageSize = state.config.pageSize
        p.focus = state.focus.rawValue
        p.mouse = state.mouse
        p.pins = state.model.pins.map { t in
            switch t {
            case .session(let id): "session:\(id)"
            case .lobby(let name): "lobby:\(name)"
            }
        }
        return p
    }

    /// The preferences a flag set for this run (`--theme`, `--page-size`, `--mouse`): they win for the run, and are
    /// not saved over what was remembered unless the user changes them during it.
    public struct Flags: Sendable, Equatable {
        public var theme = false, pageSize = false, mouse = false
        public init(theme: Bool = false, pageSize: Bool = false, mouse: Bool = false) {
            (self.theme, self.pageSize, self.mouse) = (theme, pageSize, mouse)
        }
    }

    /// What a save writes: what the screen shows, except a flagged setting still as the flag set it, which keeps the
    /// remembered value.
    static func saving(_ now: Preferences, remembered: Preferences, started: Preferences, flags: Flags) -> Preferences {
        var p = now
        if flags.theme && now.theme == started.theme { p.theme = remembered.theme }
        if flags.pageSize && now.pageSize == started.pageSize { p.pageSize = remembered.pageSize }
        if flags.mouse && now.mouse == started.mouse { p.mouse = remembered.mouse }
        return p
    }

    /// Restores what the screen keeps (the theme by name among `state.themeNames`, the sort, the focus, the pins); the
    /// page size and the mouse go into the settings before the state exists (see the launch), under their flags.
    public func restore(into state: inout AppState, themeFlag: Bool, flags: Flags? = nil) {
        if !themeFlag, let theme, let i = state.themeNames.firstIndex(of: theme) { state.themeIndex = i }
        if let sort {
            let parts = sort.split(separator: " ")
            if let key = parts.first.flatMap({ SessionSortKey(rawValue: String($0)) }) {
                state.sessions.sort = SessionSort(key: key, descending: parts.count > 1 && parts[1] == "desc")
            }
        }
        if let focus = focus.flatMap(Pane.init(rawValue:)) { state.focus = focus }
        for pin in pins ?? [] {
            let parts = pin.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { continue }
            let target: Event.Target? = parts[0] == "session" ? .session(parts[1]) : parts[0] == "lobby" ? .lobby(parts[1]) : nil
            if let target, !state.model.pins.contains(target) { state.model.pins.append(target) }
        }
        let started = Preferences.of(state)
        state.preferenceBasis = PreferenceBasis(remembered: self, started: started, flags: flags ?? Flags(theme: themeFlag))
        state.savedPreferences = Preferences.saving(started, remembered: self, started: started, flags: state.preferenceBasis!.flags)
    }

    /// The save a step owes: when remembering is on (the dashboard set `savedPreferences` at start) and what the
    /// screen shows differs from what was saved last.
    static func saveIfChanged(_ state: inout AppState) -> [Effect] {
        guard let saved = state.savedPreferences else { return [] }
        var now = Preferences.of(state)
        if let b = state.preferenceBasis { now = Preferences.saving(now, remembered: b.remembered, started: b.started, flags: b.flags) }
        guard now != saved else { return [] }
        state.savedPreferences = now
        return [.savePreferences(now, profile: state.config.environment)]
    }
}
