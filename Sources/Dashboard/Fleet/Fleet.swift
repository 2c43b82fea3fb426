import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// The fleet crawl's reducer: a feed (`FeedID.fleet`) that walks every session page at no more than
/// `crawlRate` requests a second, one at a time, feeding the `FleetIndex`; slower after a 429, paused while the
/// outage probe speaks for the API, resting between sweeps of a small fleet.
enum Fleet {
    /// Seconds from one sweep's start to the next one's at the least: a small fleet is not walked nonstop.
    static let sweepEvery: Double = 15
    /// Good pages in a row that undo one slow-down (from the slowest, back to the budget in 12 pages).
    static let speedUpAfter = 3
    /// The slowest the crawl goes after 429s: this many times under its budget.
    static let maxSlowdown: Double = 16
    /// Pages between two recomputations of the counts, problems and search results (and at every sweep's end).
    static let deriveEvery = 10

    /// What the crawl asks for next: nothing when it is off; not now while the probe watches an outage.
    static func plan(_ state: AppState) -> FetchPlan {
        guard state.config.crawlRate > 0 else { return .nothing }
        if state.book.probe.armed || state.book.probe.inFlight { return .later(state.config.refresh) }
        // A bulk action spends the budget meanwhile.
        if state.bulk != nil { return .later(requestInterval(state)) }
        return .send(.fleetPage(page: state.fleet.index.nextPage, limit: state.fleet.index.limit))
    }

    /// A crawl page answered: into the index, first-seen times noted (the first sweep's are lower bounds: those
    /// sessions were there before we looked), the pace restored step by step, the next page set.
    static func take(_ page: FleetIndex.PreparedPage, page number: Int, _ state: inout AppState) -> [Effect] {
        let sweep = state.fleet.index.sweep
        // A session the page, the detail or an earlier run saw already keeps that time: it moves into its record.
        let (fresh, unseen) = Self.takeMovingAges(page, page: number, &state)
        let done = state.fleet.index.sweep != sweep
        state.fleet.goodPages += 1
        if state.fleet.slowdown > 1 && state.fleet.goodPages >= speedUpAfter {
            state.fleet.slowdown = max(1, state.fleet.slowdown / 2)
            state.fleet.goodPages = 0
        }
        if done, let c = state.fleet.index.completed {
            if c.census { forgetAges(&state) }
            state.fleet.lastCensus = c.finishedAt
        }
        var effects: [Effect] = unseen == 0 ? [] : FirstSeen.saveSoon(&state)
        if done || state.fleet.summary == nil || number % deriveEvery == 0 { effects += derive(&state) }
        Events.fromCrawl(fresh: fresh, sweepDone: done, &state)
        if done, let c = state.fleet.index.completed {
            let took = c.finishedAt.timeIntervalSince(c.startedAt).fixed(1)
            effects.append(.log(.info, "fleet index: sweep \(c.number) complete, \(c.seen) sessions in \(took) s"
                                + (c.census ? " (census)" : " (the pages shifted: counts approximate)")))
        }
        return effects + [.schedule(.poll(.fleet), seconds: nextDelay(state, sweepDone: done))]
    }

    /// Seconds until the next crawl request: one budget interval (longer while slowed down) after the last one was
    /// sent — one request out at a time, so never more than the budget — or after a sweep the rest of `sweepEvery`.
    static func nextDelay(_ state: AppState, sweepDone: Bool) -> Double {
        let interval = requestInterval(state)
        let sent = state.book[.fleet].sentAt ?? state.now
        let next = max(0, interval - state.now.timeIntervalSince(sent))
        guard sweepDone, let c = state.fleet.index.completed else { return next }
        return max(next, sweepEvery - state.now.timeIntervalSince(c.startedAt))
    }

    /// Seconds between two requests of the background budget (the crawl's pages, a bulk action's requests): the
    /// crawl's rate (the default one when the crawl is off), slower after 429s.
    static func requestInterval(_ state: AppState) -> Double {
        state.fleet.slowdown / (state.config.crawlRate > 0 ? state.config.crawlRate : DashboardConfig.defaultCrawlRate)
    }

    /// A crawl page failed. A 429 halves the pace (the generic backoff then waits at least its Retry-After); a
    /// refused page size tries the next smaller one. Anything else is the generic backoff and probe.
    static func failed(_ error: APIError, _ state: inout AppState) -> [Effect]? {
        state.fleet.goodPages = 0
        switch error {
        case .rateLimited:
            state.fleet.slowdown = min(maxSlowdown, state.fleet.slowdown * 2)
            return nil
        case .badRequest:
            let refused = state.fleet.index.limit
            guard let limit = state.fleet.index.refusedLimit() else { return nil }
            return [.log(.warning, "fleet index: the API refused limit=\(refused); crawling with limit=\(limit)")]
                + Reducer.fetch(.fleet, &state, force: true)
        default:
            return nil
        }
    }

    /// While the first sweep runs: the list pages (at the list's page size) the index covers so far, and of how many.
    static func coverage(_ state: AppState) -> (read: Int, of: Int)? {
        let index = state.fleet.index
        guard index.isPartial else { return nil }
        let size = max(1, state.config.pageSize)
        let total = index.total ?? 0
        let pages = max(1, (total + size - 1) / size)
        return (min(pages, min(total, index.sessionsCovered) / size), pages)
    }

    /// Recomputes what the screen shows of the index: counts, problems, the search listed.
    @discardableResult
    static func derive(_ state: inout AppState) -> [Effect] {
        Events.timed(&state)
        state.fleet.summary = FleetSummary(state.fleet.index, config: state.config, now: state.now)
        let effects = deriveProblems(&state)
        search(&state, force: true)
        return effects
    }

    /// Recomputes the problems view (the lobby list changed, or the index did). A highlighted row that went gives
    /// way to its neighbour, and the detail follows it (see `Problems.follow`).
    @discardableResult
    static func deriveProblems(_ state: inout AppState) -> [Effect] {
        guard state.config.crawlRate > 0 else { return [] }
        let old = state.fleet.problems
        let p = Problems.rows(state)
        state.fleet.problems = p.rows
        state.fleet.problemCounts = p.counts
        return Problems.follow(old, &state)
    }

    /// Runs the list's filter over the index while it searches the fleet (unless already run on this revision).
    static func search(_ state: inout AppState, force: Bool = false) {
        guard state.searchesFleet else {
            if !state.fleet.results.ids.isEmpty || !state.fleet.results.query.isEmpty { state.fleet.results = SearchResults() }
            return
        }
        let query = state.sessions.filter
        let r = state.fleet.results
        if !force && r.query == query && r.revision == state.fleet.index.revision { return }
        let search = FleetSearch(query)
        let (found, matched, complete) = search.run(state.fleet.index)
        // Sessions whose id starts with the query first (what `/8c05` is most likely after), each group in the API's order.
        var sessions = found.compactMap { state.fleet.index.records.session($0) }
        let prefixed = sessions.filter { search.match($0)?.idPrefix == true }
        if !prefixed.isEmpty && prefixed.count < sessions.count {
            sessions = prefixed + sessions.filter { search.match($0)?.idPrefix != true }
        }
        let ids = sessions.map(\.sessionID)
        state.fleet.results = SearchResults(query: query, ids: ids, sessions: sessions, matched: matched, complete: complete,
                                            revision: state.fleet.index.revision)
    }

    /// The index takes a page; the first-seen times the table had for its new sessions move into their records (the
    /// table keeps only sessions the index does not hold). Returns the sessions new to the index, and how many of them
    /// no one had seen.
    static func takeMovingAges(_ page: FleetIndex.PreparedPage, page number: Int, _ state: inout AppState) -> (fresh: [String], unseen: Int) {
        let (fresh, moved) = indexTake(page, page: number, &state)
        guard !moved.isEmpty else { return (fresh, fresh.count) }
        // Touched only when something moves: it is observed (each change bumps the ages' revision).
        for id in moved { state.sessions.firstSeen.remove(id) }
        return (fresh, fresh.count - moved.count)
    }

    /// The page into the index, with the table's times for its new sessions; which of them the table had.
    private static func indexTake(_ page: FleetIndex.PreparedPage, page number: Int, _ state: inout AppState) -> ([String], Set<String>) {
        // A copy sharing the table's storage, gone when this returns (a change while it lived would copy the table).
        let table = state.sessions.firstSeen
        let fresh = state.fleet.index.take(page, page: number, now: state.now, known: table.record)
        return (fresh, Set(fresh.filter { table[$0] != nil }))
    }

    /// After a census, first-seen times of sessions the index has let go (unseen two sweeps running) go too, but for
    /// the page's and the detail's: so a fleet with churn does not fill the bounded store with the dead.
    static func forgetAges(_ state: inout AppState) {
        let records = state.fleet.index.records
        let page = Set(state.sessions.feed.value?.sessions.map(\.sessionID) ?? [])
        let detail = state.detail.sessionID
        var gone: [String] = []
        state.sessions.firstSeen.scan { id, _, _ in
            if records[id] == nil && !page.contains(id) && id != detail { gone.append(id) }
            return true
        }
        // Touched only when something goes: it is observed (each change bumps the ages' revision).
        guard !gone.isEmpty else { return }
        for id in gone { state.sessions.firstSeen.remove(id) }
    }

    /// The user of session `id` the list's filter matched (Enter on a search result opens the session on that user).
    static func matchingUser(of id: String, _ state: AppState) -> Int? {
        guard !state.sessions.filter.isEmpty,
              let s = state.listRows().first(where: { $0.sessionID == id }) else { return nil }
        return FleetSearch(state.sessions.filter).userIndex(in: s)
    }

    /// A session known gone (deleted here, or its detail answered 404) leaves the index and the views at once.
    @discardableResult
    static func forget(_ id: String, _ state: inout AppState) -> [Effect] {
        guard state.fleet.index.records[id] != nil else { return [] }
        state.fleet.index.forget(id)
        return derive(&state)
    }
}
