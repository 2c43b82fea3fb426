import FoundationEssentials

/// The screen frozen by the pause key: what was drawn at that moment, and since when. Polling goes on underneath —
/// the model's crawl, lobbies and the API's health, so alerts still come (an operator reading a frozen screen must
/// still hear that the fleet caught fire); only the page and the detail wait, and resuming fetches them at once.
public final class Pause: Sendable, Equatable {
    public let since: Date
    /// The state as it was drawn when the pause began.
    public let frozen: AppState

    public init(since: Date, frozen: AppState) {
        self.since = since
        self.frozen = frozen
    }

    /// One pause is equal only to itself: the frozen state never changes.
    public static func == (a: Pause, b: Pause) -> Bool { a === b }

    /// The keys that work while paused; the rest say how to resume (a frozen screen must not be acted on).
    static let allowed: Set<Command> = [.pause, .quit, .help, .messages, .toggleMouse, .cycleTheme, .repaint, .back]

    /// `p`: freezes the screen, or resumes — fetching the page and the detail at once.
    static func toggle(_ state: inout AppState) -> [Effect] {
        if let p = state.paused {
            state.paused = nil
            state.report(.info, "resumed after \(TimeText.age(state.now.timeIntervalSince(p.since)))")
            return Reducer.fetchAll(&state)
        }
        var frozen = state
        frozen.paused = nil
        state.paused = Pause(since: state.now, frozen: frozen)
        return []
    }

    /// What is drawn while paused: the frozen panes with the live clock (ages keep counting), the live message line,
    /// overlay, size and badges.
    static func shown(_ state: AppState) -> AppState {
        guard let p = state.paused else { return state }
        var s = p.frozen
        s.now = state.now
        s.screen.keepSurface(of: state.screen)
        s.modal = state.modal
        s.outcome = state.outcome
        s.dismissed = state.dismissed
        s.model.events = state.model.events
        s.model.alerts = state.model.alerts
        s.paused = p
        return s
    }
}
