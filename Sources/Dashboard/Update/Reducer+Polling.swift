import EdgegapAPI
import Foundation

/// Polling: what each timer sends, the requests themselves, backoff, and the detail pane's ride on the page.
extension Reducer {
    static func timerFired(_ id: TimerID, _ state: inout AppState) -> [Effect] {
        switch id {
        case .pollSessions: fetchSessions(&state)
        case .pollDetail: fetchDetail(&state)
        case .pollLobbies: fetchLobbies(&state)
        case .probe: probeFired(&state)
        case .clock: abandonSlowRequests(&state)
        }
    }

    /// A poll still out long after its data went stale (an answer dripping in after the API healed) is replaced
    /// by a fresh one: the runner cancels the old, so one request per pane still holds. Patience starts at two
    /// intervals (at least 2 s) and doubles with each replacement, so a genuinely slow API is still waited for.
    static func abandonSlowRequests(_ state: inout AppState) -> [Effect] {
        func overdue<V>(_ f: Feed<V>) -> Bool {
            guard f.inFlight, let sent = f.sentAt else { return false }
            let patience = max(2, 2 * state.config.refresh) * pow(2, Double(min(f.abandoned, 6)))
            return state.now.timeIntervalSince(sent) > patience
        }
        var effects: [Effect] = []
        if overdue(state.sessions.feed) {
            state.sessions.feed.abandoned += 1
            effects += fetchSessions(&state, force: true)
        }
        if overdue(state.detail.feed) {
            state.detail.feed.abandoned += 1
            effects += fetchDetail(&state, force: true)
        }
        if overdue(state.lobbies.feed) {
            state.lobbies.feed.abandoned += 1
            effects += fetchLobbies(&state, force: true)
        }
        return effects
    }

    /// Asks for the current page unless a request for it is already out.
    static func fetchSessions(_ state: inout AppState, force: Bool = false) -> [Effect] {
        if state.sessions.feed.inFlight && !force { return [] }
        state.sessions.feed.sentAt = state.now
        let gen = state.sessions.feed.begin()
        return [.fetchSessions(generation: gen, page: state.sessions.page, limit: state.config.pageSize)]
    }

    /// Asks for the detail's session, unless it is on the loaded page (then it rides on the page's polls) or a
    /// request for it is already out. `force` asks the API whatever the page says (a jump, after a mutation).
    static func fetchDetail(_ state: inout AppState, force: Bool = false) -> [Effect] {
        guard let id = state.detail.sessionID else { return [] }
        if !force && rideOnPage(&state) { return [.cancelTimer(.pollDetail)] }
        if state.detail.feed.inFlight && !force { return [] }
        state.detail.feed.sentAt = state.now
        let gen = state.detail.feed.begin()
        return [.fetchSession(generation: gen, id: id)]
    }

    static func fetchLobbies(_ state: inout AppState, force: Bool = false) -> [Effect] {
        if state.lobbies.feed.inFlight && !force { return [] }
        state.lobbies.feed.sentAt = state.now
        let gen = state.lobbies.feed.begin()
        return [.fetchLobbies(generation: gen)]
    }

    /// Seconds to wait after the `failures`-th consecutive error: doubling, capped, at least Retry-After.
    static func backoff(_ error: APIError, failures: Int, config: DashboardConfig) -> Double {
        let exp = config.refresh * pow(2, Double(min(failures, 16)))
        var d = min(config.maxBackoff, exp)
        if case .rateLimited(let after?, _) = error { d = max(d, min(after, 300)) }
        return d
    }

    /// Notes first-seen times for `ids`, forgetting ids unseen for an hour (bounded memory under churn).
    static func remember(_ ids: [String], in seen: inout [String: Date], now: Date) {
        for id in ids where seen[id] == nil { seen[id] = now }
        if seen.count > 5_000 {
            let keep = Set(ids)
            seen = seen.filter { keep.contains($0.key) || now.timeIntervalSince($0.value) < 3_600 }
        }
    }

    /// Points the detail pane at the selected session.
    static func followSelection(_ state: inout AppState) {
        guard state.detail.sessionID != state.sessions.selectedID else { return }
        state.detail.sessionID = state.sessions.selectedID
        state.detail.feed = Feed()
        state.detail.gone = false
        state.detail.ridesOnPage = false
        state.detail.selectedUser = 0
    }

    /// When the detail's session is on the loaded page, takes its data from there and returns true.
    static func rideOnPage(_ state: inout AppState) -> Bool {
        guard let id = state.detail.sessionID, !state.detail.gone,
              let s = state.sessions.feed.value?.sessions.first(where: { $0.sessionID == id }) else {
            state.detail.ridesOnPage = false
            return false
        }
        state.detail.ridesOnPage = true
        let at = state.sessions.feed.updatedAt ?? state.now
        if state.detail.feed.value != s || state.detail.feed.error != nil || state.detail.feed.updatedAt != at {
            let inFlight = state.detail.feed.inFlight
            state.detail.feed.succeed(s, at: at)
            // A request of its own still out (after a mutation) is still wanted: its answer is the newest word.
            state.detail.feed.inFlight = inFlight
            state.detail.selectedUser = min(state.detail.selectedUser, max(0, s.sessionUsers.count - 1))
        }
        return true
    }
}
