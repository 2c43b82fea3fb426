import EdgegapAPI
import FoundationEssentials

extension Reducer {
    /// How long a request may be out before the probe is asked about it (and how long the probe itself may take).
    static func stallPatience(_ state: AppState) -> Double { max(1, state.config.refresh) }

    /// True when `id` has had a request out for longer than its patience.
    static func isHung(_ id: FeedID, _ state: AppState) -> Bool {
        let r = state.book[id]
        guard r.inFlight, let sent = r.sentAt else { return false }
        return state.now.timeIntervalSince(sent) > stallPatience(state)
    }

    /// True when live feed `id` waits on something the probe can speak for: a backoff longer than one interval
    /// after an error, or a request out for longer than an interval. A 429 is left alone: the API is up and asked
    /// us to wait, and a probe would only add to the count.
    static func waitsOnProbe(_ id: FeedID, _ state: AppState, afterOutage: Bool) -> Bool {
        guard id.isLive(state) else { return false }
        let r = state.book[id]
        if r.retriedEarly && !afterOutage { return false }
        if r.inFlight { return isHung(id, state) }
        let status = id.status(state)
        guard let error = status.error, let at = status.retryAt else { return false }
        // A 429 asked us to wait, and a refused key is refused whatever the probe finds.
        if case .rateLimited = error { return false }
        if error.refusesTheKey { return false }
        return at.timeIntervalSince(state.now) > state.config.refresh
    }

    /// True when some feed would be helped by a probe.
    static func needsProbe(_ state: AppState) -> Bool {
        FeedID.allCases.contains { waitsOnProbe($0, state, afterOutage: false) }
    }

    /// Arms the probe timer when a feed needs it and disarms it when none does (runs after every action).
    static func probeEffect(_ state: inout AppState) -> [Effect] {
        let anyTrouble = FeedID.allCases.contains { id in
            id.isLive(state) && (id.status(state).error != nil || isHung(id, state))
        }
        if !anyTrouble { state.book.probe.sawDown = false }
        let needed = needsProbe(state)
        if needed && !state.book.probe.armed {
            state.book.probe.armed = true
            // A probe still out gets its patience; otherwise the next one goes out in an interval.
            return [.schedule(.probe, seconds: state.book.probe.inFlight ? stallPatience(state) : state.config.refresh)]
        }
        if !needed && state.book.probe.armed {
            state.book.probe.armed = false
            return [.cancelTimer(.probe)]
        }
        return []
    }

    /// The probe timer fired: a probe still out has hung (the API counts as down) and is replaced, the runner
    /// cancelling it; otherwise the next probe goes out, if a pane still waits.
    static func probeFired(_ state: inout AppState) -> [Effect] {
        state.book.probe.armed = false
        var effects: [Effect] = []
        if state.book.probe.inFlight {
            state.book.probe.sawDown = true
            state.book.probe.inFlight = false
            state.book.probe.generation += 1   // its answer, if it ever comes, is dropped
            effects += Health.probeFailed(nil, &state)
        }
        guard needsProbe(state) else { return effects }
        return effects + sendProbe(&state)
    }

    /// Sends a probe and gives it one interval (at least 1 s) to answer.
    static func sendProbe(_ state: inout AppState) -> [Effect] {
        state.book.probe.inFlight = true
        state.book.probe.generation += 1
        state.book.probe.armed = true
        return [.probe(generation: state.book.probe.generation), .schedule(.probe, seconds: stallPatience(state))]
    }

    /// The probe's answer. An error: try again next interval (a 429 waits as long as it asks). An answer: every
    /// pane waiting on the probe is fetched now (a hung request is replaced).
    static func probed(_ gen: Int, _ error: APIError?, _ state: inout AppState) -> [Effect] {
        guard gen == state.book.probe.generation, state.book.probe.inFlight else { return [] }
        state.book.probe.inFlight = false
        if let error {
            var delay = state.config.refresh
            var effects: [Effect] = []
            if case .rateLimited(let after, _) = error {
                delay = max(2 * delay, min(after ?? 0, 300))
            } else if !error.refusesTheKey {
                state.book.probe.sawDown = true
                effects += Health.probeFailed(error, &state)
            }
            state.book.probe.armed = true
            return effects + [.schedule(.probe, seconds: delay)]   // replaces the patience timer
        }
        let afterOutage = state.book.probe.sawDown
        state.book.probe.sawDown = false
        Health.answered(&state)
        var effects: [Effect] = []
        for id in FeedID.allCases where waitsOnProbe(id, state, afterOutage: afterOutage) {
            state.book[id].retriedEarly = true
            effects += fetch(id, &state, force: true)
        }
        if afterOutage && !effects.isEmpty {
            state.post(.info, "the API answers again · refreshing", background: true)
            effects.append(.log(.success, "the API answers again after an outage: refreshing every pane"))
        }
        return effects
    }
}
