import EdgegapAPI
import FoundationEssentials

/// Everything the dashboard knows, in four parts: the polling model every front end shares (`model`: fleet, lobbies,
/// the API's health, events), what the dashboard's panes show (`screen`), the request bookkeeping no view reads
/// (`book`), and the time of the last action (`now`). A frame is owed when what is drawn changed (`drawn`), or when
/// time moved on a clock tick. Fields of `screen` and `model` read as fields of the state (`state.sessions`,
/// `state.fleet`).
@dynamicMemberLookup
public struct AppState: Sendable, Equatable {
    /// The polling model (see `ModelState`).
    public var model = ModelState()
    /// What the dashboard's panes show.
    public var screen: Screen
    /// Request bookkeeping: generations, requests out, failures, the probe.
    public var book = Bookkeeping()
    /// The time of the last action (the view's clock; ages are computed from it). Arrives inside actions.
    public var now: Date

    public init(config: DashboardConfig, now: Date) {
        screen = Screen(config: config)
        self.now = now
    }

    public subscript<T>(dynamicMember path: WritableKeyPath<Screen, T>) -> T {
        get { screen[keyPath: path] }
        // In place: with get/set, `state.fleet.index.take(…)` would change a copy of the slice and write it back,
        // and the copy would share the index's storage, so every change copied 100,000 records.
        _modify { yield &screen[keyPath: path] }
    }

    public subscript<T>(dynamicMember path: KeyPath<Screen, T>) -> T { screen[keyPath: path] }

    public subscript<T>(dynamicMember path: WritableKeyPath<ModelState, T>) -> T {
        get { model[keyPath: path] }
        // In place, for the same reason as the screen's.
        _modify { yield &model[keyPath: path] }
    }

    public subscript<T>(dynamicMember path: KeyPath<ModelState, T>) -> T { model[keyPath: path] }

    /// Reports the outcome of something the user did: it stays in the message line until dismissed (Esc) or
    /// replaced by the next action's, whatever polling says meanwhile.
    public mutating func report(_ level: Message.Level, _ text: String, brief: String? = nil) {
        post(level, text, brief: brief)
        screen.outcome = screen.messages.last
    }

    /// Progress of something the user started (a bulk action's `12/40 deleted`): on the message line like an outcome,
    /// but not kept in the history, which lists what happened rather than every step.
    public mutating func progress(_ text: String) {
        screen.outcome = Message(.info, text, at: now)
    }

    /// What the message line shows: the user's last outcome, else the newest message that is not polling's (none
    /// once that one was dismissed).
    public var messageLine: Message? {
        if let outcome = screen.outcome { return outcome }
        let newest = screen.messages.last { !$0.background }
        return newest == screen.dismissed ? nil : newest
    }

    /// Esc with nothing else to close: the message line is cleared until something new is said.
    public mutating func dismissMessage() {
        screen.dismissed = messageLine
        screen.outcome = nil
    }

    /// The drawn part: two states with equal `drawn` draw the same frame at the same moment. The fleet index and the
    /// first-seen times go in as their revisions only: a copy kept for comparison must not share their storage, or
    /// the next change would copy 100,000 entries (and every crawl page changes them).
    public var drawn: Drawn {
        var s = screen
        s.sessions = screen.sessions.withoutAges()
        // What no view shows: the answer count (the selection's churn rule reads it), and the page's time beyond the
        // minute the header shows. An unchanged poll then owes no frame.
        s.sessions.pageAnswers = 0
        s.sessions.leftAtAnswer = 0
        s.sessions.updatedAt = s.sessions.updatedAt.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 / 60).rounded(.down) * 60) }
        // The sparkline draws the newest totals only: a steady total then shifts an equal window along.
        s.totalsHistory = Array(screen.totalsHistory.suffix(HeaderView.sparklineWidth))
        return Drawn(screen: s, model: model.drawn)
    }

    /// What `drawn` compares.
    public struct Drawn: Sendable, Equatable {
        var screen: Screen
        var model: ModelState
    }

    /// Appends a message, dropping the oldest past the limit; `background` for what polling says. Polling saying
    /// what it already said folds into that line (`×12`, moved to the newest), so repeats never bury an outcome.
    public mutating func post(_ level: Message.Level, _ text: String, background: Bool = false, brief: String? = nil) {
        if background, let i = screen.messages.lastIndex(where: { $0.background && $0.level == level && $0.text == text }) {
            var m = screen.messages.remove(at: i)
            m.count += 1
            m.at = now
            screen.messages.append(m)
            return
        }
        var m = Message(level, text, at: now, background: background, brief: brief)
        m.number = screen.nextMessage
        screen.nextMessage += 1
        screen.messages.append(m)
        if screen.messages.count > Self.messageLimit { screen.messages.removeFirst(screen.messages.count - Self.messageLimit) }
    }

    /// Longest message history kept.
    public static let messageLimit = 50
    /// Polls kept for the sparkline.
    public static let historyLimit = 60
    /// The smallest size the dashboard draws at.
    public static let minimumWidth = 60
    public static let minimumHeight = 16
}
