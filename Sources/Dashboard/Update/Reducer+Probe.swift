import EdgegapAPI
import Foundation

extension Reducer {
    /// How long a request may be out before the probe is asked about it (and how long the probe itself may take).
    static func stallPatience(_ state: AppState) -> Double { max(1, state.config.refresh) }

    /// True when `feed` has had a request out for longer than its patience.
    static func isHung<V>(_ feed: Feed<V>, _ state: AppState) -> Bool {
        guard feed.inFlight, let sent = feed.sentAt else { return false }
        return state.now.timeIntervalSince(sent) > stallPatience(state)
    }

    /// True when `feed` waits on something the probe can speak for: a backoff longer than one interval after an
    /// error, or a request out for longer than an interval. A 429 is left alone: the API is up and asked us to
    /// wait, and a probe would only add to the count.
    static func waitsOnProbe<V>(_ feed: Feed<V>, _ state: AppState, afterOutage: Bool) -> Bool {
        if feed.retriedEarly && !afterOutage { return false }
        if feed.inFlight { return isHung(feed, state) }
        guard let error = feed.error, let at = feed.retryAt else { return false }
        if case .rateLimited = error { return false }
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
        func troubled<V>(_ f: Feed<V>) -> Bool { f.error != nil || isHung(f, state) }
        let anyTrouble = troubled(state.sessions.feed) || troubled(state.lobbies.feed)
            || (detailIsLive(state) && troubled(state.detail.feed))
        if !anyTrouble { state.probe.sawDown = false }
        let needed = needsProbe(state)
        if needed && !state.probe.armed {
            state.probe.armed = true
            // A probe still out gets its patience; otherwise the next one goes out in an interval.
            return [.schedule(.probe, seconds: state.probe.inFlight ? stallPatience(state) : state.config.refresh)]
        }
        if !needed && state.probe.armed {
            state.probe.armed = false
            return [.cancelTimer(.probe)]
        }
        return []
    }

    /// The probe timer fired: a probe still out has hung (the API counts as down) and is replaced, the runner
    /// cancelling it; otherwise the next probe goes out, if a pane still waits.
    static func probeFired(_ state: inout AppState) -> [Effect] {
        state.probe.armed = false
        if state.probe.inFlight {
            state.probe.sawDown = true
            state.probe.inFlight = false
            state.probe.generation += 1   // its answer, if it ever comes, is dropped
        }
        guard needsProbe(state) else { return [] }
        return sendProbe(&state)
    }

    /// Sends a probe and gives it one interval (at least 1 s) to answer.
    static func sendProbe(_ state: inout AppState) -> [Effect] {
        state.probe.inFlight = true
        state.probe.generation += 1
        state.probe.armed = true
        return [.probe(generation: state.probe.generation), .schedule(.probe, seconds: stallPatience(state))]
    }

    /// The probe's answer. An error: try again next interval (a 429 waits as long as it asks). An answer: every
    /// pane waiting on the probe is fetched now (a hung request is replaced).
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
            return [.schedule(.probe, seconds: delay)]   // replaces the patience timer
        }
        let afterOutage = state.probe.sawDown
        state.probe.sawDown = false
        var effects: [Effect] = []
        if waitsOnProbe(state.sessions.feed, state, afterOutage: afterOutage) {
            state.sessions.feed.retriedEarly = true
            effects += fetchSessions(&state, force: true)
        }
        if detailIsLive(state) && waitsOnProbe(state.detail.feed, state, afterOutage: afterOutage) {
            state.detail.feed.retriedEarly = true
            effects += fetchDetail(&state, force: true)
        }
        if waitsOnProbe(state.lobbies.feed, state, afterOutage: afterOutage) {
            state.lobbies.feed.retriedEarly = true
            effects += fetchLobbies(&state, force: true)
        }
        if afterOutage && !effects.isEmpty { state.post(.info, "the API answers again · refreshing") }
        return effects
    }
}
