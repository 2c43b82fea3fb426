import EdgegapAPI
import FoundationEssentials

/// The one path every feed takes: fetch, answer, failure and backoff, replacing a hung request, staleness.
extension Reducer {
    /// Asks for `id`'s data unless a request for it is already out; `force` asks anyway (the runner cancels the
    /// older request, so one request a feed still holds) and asks the API even when another feed covers this one.
    static func fetch(_ id: FeedID, _ state: inout AppState, force: Bool = false) -> [Effect] {
        // Paused, the screen's own feeds wait (resuming fetches them); the model's go on, for the alerts.
        if state.paused != nil && (id == .sessions || id == .detail) { return [] }
        switch id.plan(&state, force: force) {
        case .nothing: return []
        case .covered: return [.cancelTimer(.poll(id))]
        case .later(let seconds): return [.schedule(.poll(id), seconds: seconds)]
        case .send(let query):
            if state.book[id].inFlight && !force { return [] }
            return [.fetch(query, generation: state.book[id].begin(at: state.now))]
        }
    }

    /// Fetches every feed (start, `r`).
    static func fetchAll(_ state: inout AppState) -> [Effect] {
        FeedID.allCases.flatMap { fetch($0, &state) }
    }

    /// A feed's answer: the value goes to its feature and the next poll is set; an error keeps the last value,
    /// backs off and says so. An answer to a request that is no longer the newest is dropped.
    static func answered(_ query: FeedQuery, _ gen: Int, _ result: Result<FeedValue, APIError>,
                         _ state: inout AppState) -> [Effect] {
        let id = query.feed
        guard gen == state.book[id].generation else { return [] }
        var result = result
        if case .success(.fleetPage(let scanned, let number)) = result {
            // What the index does not have is read now; a session that does not read fails the page, as it always did.
            do { result = .success(.preparedFleetPage(try state.fleet.index.prepare(scanned), page: number)) } catch {
                result = .failure(.undecodable(endpoint: "list sessions", snippet: "a session that does not read (\(error))"))
            }
        }
        switch result {
        case .success(let value):
            let failures = state.book[id].failures
            state.book[id].succeeded(at: state.now)
            Health.answered(&state)
            var status = id.status(state)
            status.error = nil
            status.retryAt = nil
            id.setStatus(status, &state)
            var effects = FeedID.take(value, &state)
            if id.pollsAfterAnswer(state) { effects.append(.schedule(.poll(id), seconds: state.config.refresh)) }
            if failures > 0 { effects.append(.log(.success, "\(id.label): answering again after \(failures) failed attempt\(failures == 1 ? "" : "s")")) }
            return effects
        case .failure(let error):
            state.book[id].inFlight = false
            Health.failed(error, &state)
            if let handled = id.handle(error, &state) { return handled }
            let delay = backoff(error, failures: state.book[id].failures, config: state.config)
            state.book[id].failed()
            var status = id.status(state)
            status.error = error
            status.retryAt = state.now.addingTimeInterval(delay)
            id.setStatus(status, &state)
            postError("\(id.label): \(ErrorText.describe(error, keySource: state.config.keySource))", &state)
            let n = state.book[id].failures
            return [.schedule(.poll(id), seconds: delay),
                    .log(.warning, "\(id.label): \(ErrorText.describe(error)); attempt \(n) failed, next in \(TimeText.age(delay))")]
        }
    }

    /// Seconds to wait after the `failures`-th consecutive error: doubling, capped, at least Retry-After.
    static func backoff(_ error: APIError, failures: Int, config: DashboardConfig) -> Double {
        let exp = config.refresh * Double(1 << min(failures, 16))
        var d = min(config.maxBackoff, exp)
        if case .rateLimited(let after?, _) = error { d = max(d, min(after, 300)) }
        // A refused key is not transient: retry slowly from the first failure (`r` asks at once).
        if error.refusesTheKey { d = max(d, Self.refusedKeyRetry) }
        return d
    }

    /// Seconds between retries while the API refuses the key (401/403).
    static let refusedKeyRetry: Double = 30

    /// A poll still out long after its data went stale (an answer dripping in after the API healed) is replaced
    /// by a fresh one. Patience starts at two intervals (at least 2 s) and doubles with each replacement, so a
    /// genuinely slow API is still waited for.
    static func abandonSlowRequests(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for id in FeedID.allCases {
            let r = state.book[id]
            guard r.inFlight, let sent = r.sentAt else { continue }
            let patience = max(2, 2 * state.config.refresh) * Double(1 << min(r.abandoned, 6))
            guard state.now.timeIntervalSince(sent) > patience else { continue }
            state.book[id].abandoned += 1
            effects += fetch(id, &state, force: true)
        }
        return effects
    }

    /// Derives each feed's drawn `staleSince` from its bookkeeping and the clock (runs after every action), so
    /// the screen changes when a feed turns stale or fresh, not on every answer.
    static func markStaleness(_ state: inout AppState) {
        for id in FeedID.allCases {
            var status = id.status(state)
            let since = state.isStale(id, at: state.now) ? state.book[id].answeredAt : nil
            guard status.staleSince != since else { continue }
            status.staleSince = since
            id.setStatus(status, &state)
        }
    }

    /// Posts a feed's error to the history (polling's, never over an outcome); a repeat folds into its line.
    static func postError(_ text: String, _ state: inout AppState) {
        // The same error again folds into its line with a count (`AppState.post`).
        state.post(.error, text, background: true)
    }

    /// Most first-seen times kept (and persisted); past it the newest others go first, never those just answered,
    /// so an old stuck session keeps its age.
    static let firstSeenLimit = 150_000

    /// Notes first-seen times for `ids`, keeping at most `firstSeenLimit` (bounded memory under churn). Callers
    /// holding an observed property check for a new id first: passing it `inout` counts as a change.
    /// `lowerBound`: the new ones were there before we looked (their age is at least the time since `now`).
    static func remember(_ ids: [String], in seen: inout FirstSeenTimes, now: Date, lowerBound: Bool = false) {
        for id in ids where seen[id] == nil { seen.note(id, at: now, lowerBound: lowerBound) }
        guard seen.count > firstSeenLimit else { return }
        let keep = Set(ids)
        // Drop the youngest of the others: a session first seen long ago and still around is what ages are for.
        var others: [(id: String, at: Date)] = []
        seen.scan { id, at, _ in
            if !keep.contains(id) { others.append((id, at)) }
            return true
        }
        others.sort { $0.at > $1.at }
        for o in others.prefix(seen.count - firstSeenLimit) { seen.remove(o.id) }
    }
}

extension AppState {
    /// True when feed `id`'s last attempt failed, or its value is older than twice the poll interval at `now`.
    public func isStale(_ id: FeedID, at now: Date) -> Bool {
        if id.status(self).error != nil { return true }
        guard let at = book[id].answeredAt else { return false }
        return now.timeIntervalSince(at) > id.staleAfter(screen.config)
    }
}
