import Dashboard
import EdgegapAPI
import Foundation

extension ScriptRunner {
    /// `sessions find TEXT`: one sweep of the fleet with the dashboard's index code at `rate` requests a second
    /// (slower after a 429, at least its Retry-After), then the fleet search over it. Exit 1 when nothing matches.
    public func findSessions(_ query: String, rate: Double, pageSize: Int = 50,
                             pause: @Sendable (Double) async throws -> Void = { try await Task.sleep(for: .seconds($0)) }) async -> ScriptOutput {
        await attempt {
            var index = FleetIndex()
            var slowdown = 1.0
            let first = index.sweep
            while index.sweep == first {
                let page = index.nextPage
                do {
                    let answer = try await api.listSessions(page: page, limit: index.limit)
                    _ = index.take(answer, page: page, now: Date())
                } catch APIError.badRequest(let message) {
                    guard index.refusedLimit() != nil else { throw APIError.badRequest(message: message) }
                    continue
                } catch APIError.rateLimited(let after, _) {
                    slowdown = min(32, slowdown * 2)
                    try await pause(max(after ?? 0, slowdown / rate))
                    continue
                }
                if index.sweep == first { try await pause(slowdown / rate) }
            }
            let search = FleetSearch(query)
            let hits = index.records.values.filter { search.matches($0.session) }
                .sorted { ($0.ordinal, $0.session.sessionID) < ($1.ordinal, $1.session.sessionID) }
            let exit: ScriptExit = hits.isEmpty ? .noMatch : .success
            if format == .json {
                return ScriptOutput(stdout: try WireJSON.text(hits.map { FoundSession(page: $0.page(size: pageSize), session: $0.session) }), exit: exit)
            }
            let table = ModelTables.sessions(hits.map(\.session))
            let withPage = TextTable(headers: ["PAGE"] + table.headers,
                                     rows: zip(hits, table.rows).map { [String($0.page(size: pageSize))] + $1 })
            var out = text(withPage)
            if format == .table {
                let seen = index.completed?.seen ?? index.records.count
                out += "\(hits.count) match\(hits.count == 1 ? "" : "es") among \(seen) sessions"
                    + (index.completed?.census == false ? " (the pages shifted during the sweep: a session may be missed)" : "") + "\n"
            }
            return ScriptOutput(stdout: out, exit: exit)
        }
    }
}

/// One `sessions find --json` result: the page it was on (at `--page-size` a page) and the session as indexed.
struct FoundSession: Encodable {
    var page: Int
    var session: RelaySession
}
