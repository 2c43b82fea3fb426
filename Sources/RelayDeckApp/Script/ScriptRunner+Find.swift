import Dashboard
import EdgegapAPI
import Foundation

extension ScriptRunner {
    /// `sessions find TEXT`: one sweep of the fleet with the dashboard's index code at `rate` requests a second
    /// (slower after a 429, at least its Retry-After), then the fleet search over it; matches are printed whole, as
    /// the API sent them. Exit 1 when nothing matches.
    public func findSessions(_ query: String, rate: Double, pageSize: Int = 50,
                             pause: @Sendable (Double) async throws -> Void = { try await Task.sleep(for: .seconds($0)) }) async -> ScriptOutput {
        await attempt {
            var index = FleetIndex()
            var slowdown = 1.0
            let first = index.sweep
            let search = FleetSearch(query)
            // The matching sessions whole, as the API sent them (the index keeps a compact record of each).
            var whole: [String: RelaySession] = [:]
            while index.sweep == first {
                let page = index.nextPage
                do {
                    let answer = try await api.listSessions(page: page, limit: index.limit)
                    _ = index.take(answer, page: page, now: Date())
                    for s in answer.sessions where search.matches(s) { whole[s.sessionID] = s }
                } catch APIError.badRequest(let message) {
                    guard index.refusedLimit() != nil else { throw APIError.badRequest(message: message) }
                    continue
                } catch APIError.rateLimited(let after, _) {
                    slowdown = min(16, slowdown * 2)
                    try await pause(max(after ?? 0, slowdown / rate))
                    continue
                }
                if index.sweep == first { try await pause(slowdown / rate) }
            }
            // Every match, in the API's order (the dashboard lists the first 1,000).
            let hits = search.run(index, limit: .max).ids.compactMap { id in index.records[id].map { (id: id, record: $0) } }
            let exit: ScriptExit = hits.isEmpty ? .noMatch : .success
            let found = hits.compactMap { hit in
                (whole[hit.id] ?? index.records.session(hit.id)).map { FleetHit(page: hit.record.page(size: pageSize), session: $0) }
            }
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
