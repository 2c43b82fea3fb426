import Dashboard
import DashboardRuntime
import EdgegapAPI
import FoundationEssentials
import Synchronization

extension ScriptRunner {
    /// `sessions find TEXT`: the polling model (`ModelProgram`, the dashboard's reducer and interpreter, front `find`)
    /// walks the fleet once at `rate` requests a second — the crawl's own pacing, slower after a 429 — then the fleet
    /// search runs over its index; matches are printed whole, as the API sent them. Exit 1 when nothing matches.
    public func findSessions(_ query: String, rate: Double, pageSize: Int = 50,
                             timers: any TimerScheduling = TaskTimers()) async -> ScriptOutput {
        var config = DashboardConfig(environment: "find", apiHost: "", pageSize: pageSize, crawlRate: rate)
        config.front = .find
        let model = ModelProgram(config: config, api: api, timers: timers, jitter: 0)
        let search = FleetSearch(query)
        // The matching sessions whole, as the API sent them (the index keeps a compact record of each).
        var whole: [String: RelaySession] = [:]
        var failure: APIError?
        _ = await model.run { action, state in
            if case .loaded(.fleetPage, _, let result, _) = action {
                switch result {
                case .success(.fleetPage(let page, _)):
                    // A one-off walk: every session is decoded to be matched whole.
                    for case let s? in page.sessions.map({ try? $0.decoded() }) where search.matches(s) { whole[s.sessionID] = s }
                // A page size the API refuses is the crawl's to handle; a 429 slows it; anything else ends the walk.
                case .failure(.badRequest) where state.fleet.index.limit != FleetIndex.limits.last: break
                case .failure(.rateLimited): break
                case .failure(let e): failure = e; return false
                default: break
                }
            }
            return state.fleet.index.completed == nil
        }
        if let failure { return .failure(failure) }
        let index = model.state.fleet.index
        // Every match, in the API's order (the dashboard lists the first 1,000).
        let hits = search.run(index, limit: .max).ids.compactMap { id in index.records[id].map { (id: id, record: $0) } }
        let exit: ScriptExit = hits.isEmpty ? .noMatch : .success
        let found = hits.compactMap { hit in
            (whole[hit.id] ?? index.records.session(hit.id)).map { FleetHit(page: hit.record.page(size: pageSize), session: $0) }
        }
        return await attempt {
            if format == .json { return ScriptOutput(stdout: try WireJSON.text(found), exit: exit) }
            var out = text(ModelTables.fleetHits(found))
            if format == .table {
                let seen = index.completed?.seen ?? index.records.count
                out += "\(hits.count) match\(hits.count == 1 ? "" : "es") among \(seen) sessions"
                    + (index.completed?.census == false ? " (the pages shifted during the sweep: a session may be missed)" : "") + "\n"
            }
            return ScriptOutput(stdout: out, exit: exit)
        }
    }
}
