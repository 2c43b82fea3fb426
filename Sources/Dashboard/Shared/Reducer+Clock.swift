import FoundationEssentials

extension Reducer {
    /// The clock: ticks once a second while something on screen counts (stale, errors, work in flight);
    /// otherwise one wake-up at the moment data would turn stale, and none at all while polls keep coming.
    static func clockEffect(_ state: AppState) -> [Effect] {
        let live = FeedID.allCases.filter { $0.isLive(state) }
        // Marks that move on screen (a spinner, a fresh alert): only a dashboard has a screen.
        let animating = state.config.front == .dashboard
            && (!state.pending.isEmpty || !state.lobbies.movingSince.isEmpty || Alerts.highlighted(state) != nil)
        let troubled = live.contains { id in
            id.status(state).error != nil
                || (state.book[id].answeredAt.map { state.now.timeIntervalSince($0) > id.staleAfter(state.config) } ?? false)
        }
        if animating || troubled || state.paused != nil { return [.schedule(.clock, seconds: 1)] }
        // No screen, nothing to turn stale on it.
        guard state.config.front == .dashboard else { return [] }
        var deadlines = live.compactMap { id -> Double? in
            state.book[id].answeredAt.map { $0.addingTimeInterval(id.staleAfter(state.config)).timeIntervalSince(state.now) }
        }
        // The fleet's age shows from a minute on and then moves by the minute: a wake-up at the next change.
        if state.config.crawlRate > 0, let oldest = state.fleet.index.oldestPage {
            let age = max(0, state.now.timeIntervalSince(oldest))
            let shownAfter = TimeText.fleetAgeShownAfter
            deadlines.append(age < shownAfter ? shownAfter - age : (age / 60).rounded(.down) * 60 + 60 - age)
        }
        guard let next = deadlines.min() else { return [] }
        return [.schedule(.clock, seconds: max(0.05, next + 0.05))]
    }
}
