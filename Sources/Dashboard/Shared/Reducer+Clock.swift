import Foundation

extension Reducer {
    /// The clock: ticks once a second while something on screen counts (stale, errors, work in flight);
    /// otherwise one wake-up at the moment data would turn stale, and none at all while polls keep coming.
    static func clockEffect(_ state: AppState) -> [Effect] {
        let interval = state.config.refresh
        let live = FeedID.allCases.filter { $0.isLive(state) }
        let animating = !state.pending.isEmpty || !state.lobbies.movingSince.isEmpty
        let troubled = live.contains { id in
            id.status(state).error != nil
                || (state.book[id].answeredAt.map { state.now.timeIntervalSince($0) > 2 * interval } ?? false)
        }
        if animating || troubled { return [.schedule(.clock, seconds: 1)] }
        let deadlines = live.compactMap { id -> Double? in
            state.book[id].answeredAt.map { $0.addingTimeInterval(2 * interval).timeIntervalSince(state.now) }
        }
        guard let next = deadlines.min() else { return [] }
        return [.schedule(.clock, seconds: max(0.05, next + 0.05))]
    }
}
