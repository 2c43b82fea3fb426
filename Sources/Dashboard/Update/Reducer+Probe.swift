import EdgegapAPI
import Foundation

extension Reducer {
    /// True when `feed` is waiting out a backoff longer than one interval after an error the probe can speak for.
    /// A 429 is left alone: the API is up and asked us to wait, and a probe would only add to the count.
    static func waitsOnProbe<V>(_ feed: Feed<V>, _ state: AppState, afterOutage: Bool) -> Bool {
        guard let error = feed.error, let at = feed.retryAt, !feed.inFlight else { return false }
        if case .rateLimited = error { return false }
        if feed.retriedEarly && !afterOutage { return false }
        return at.timeIntervalSince(state.now) > state.config.refresh
    }

    /// True when some pane would be helped by a probe.
    static func needsProbe(_ state: AppState) -> Bool {
        waitsOnProbe(state.sessions.feed, state, afterOutage: false)
            || (detailIsLive(state) && waitsOnProbe(state.detail.feed, state, afterOutage: false))
            || waitsOnProbe(state.lobbies.feed, state, afterOutage: false)
    }

    static func detailIsLive(_ state: AppState) -> Bool { state.detail.sessionID != nil && !state.detail.gone }

    /// Arms the probe timer when a pane needs it and disarms it when none does (runs after every action).
    static func probeEffect(_ state: inout AppState) -> [Effect] {
        let anyError = state.sessions.feed.error != nil || state.lobbies.feed.error != nil
            || (detailIsLive(state) && state.detail.feed.error != nil)
        if !anyError { state.probe.sawDown = false }
        let needed = needsProbe(state)
        if needed && !state.probe.armed && !state.probe.inFlight {
            state.probe.armed = true
            return [.schedule(.probe, seconds: state.config.refresh)]
        }
        if !needed && state.probe.armed {
            state.probe.armed = false
            return [.cancelTimer(.probe)]
        }
        return []
    }

    /// The probe timer fired: send the probe if a pane still waits.
    static func probeFired(_ state: inout AppState) -> [Effect] {
        state.probe.armed = false
        guard needsProbe(state) else { return [] }
        state.probe.inFlight = true
        state.probe.generation += 1
        return [.probe(generation: state.probe.generation)]
    }

    /// The probe's answer. An error: try again next interval (a 429 waits as long as it asks). An answer: every
    /// pane waiting on the probe is fetched now.
    static func probed(_ gen: Int, _ error: APIError?, _ state: inout AppState) -> [Effect] {
        guard gen == state.probe.generation, state.probe.inFlight else { return [] }
        state.probe.inFlight = false
        if let error {
            var delay = state.config.refresh
            if case .rateLimited(let after, _) = error {
                delay = max(2 * delay, min(after ?? 0, 300))
            } else {
                state.probe.sawDown = true
            }
            state.probe.armed = true
            return [.schedule(.probe, seconds: delay)]
        }
        let afterOutage = state.probe.sawDown
        state.probe.sawDown = false
        var effects: [Effect] = []
        if waitsOnProbe(state.sessions.feed, state, afterOutage: afterOutage) {
            state.sessions.feed.retriedEarly = true
            effects += fetchSessions(&state)
        }
        if detailIsLive(state) && waitsOnProbe(state.detail.feed, state, afterOutage: afterOutage) {
            state.detail.feed.retriedEarly = true
            effects += fetchDetail(&state)
        }
        if waitsOnProbe(state.lobbies.feed, state, afterOutage: afterOutage) {
            state.lobbies.feed.retriedEarly = true
            effects += fetchLobbies(&state)
        }
        if afterOutage && !effects.isEmpty { state.post(.info, "the API answers again · refreshing") }
        return effects
    }
}
