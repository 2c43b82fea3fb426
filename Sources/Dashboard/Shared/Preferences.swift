import Foundation

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

    /// Restores what the screen keeps (the theme by name among `state.themeNames`, the sort, the focus, the pins); the
    /// page size and the mouse go into the settings before the state exists (see the launch), under their flags.
    public func restore(into state: inout AppState, themeFlag: Bool) {
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
        state.savedPreferences = Preferences.of(state)
    }

    /// The save a step owes: when remembering is on (the dashboard set `savedPreferences` at start) and what the
    /// screen shows differs from what was saved last.
    static func saveIfChanged(_ state: inout AppState) -> [Effect] {
        guard let saved = state.savedPreferences else { return [] }
        let now = Preferences.of(state)
        guard now != saved else { return [] }
        state.savedPreferences = now
        return [.savePreferences(now, profile: state.config.environment)]
    }
}
