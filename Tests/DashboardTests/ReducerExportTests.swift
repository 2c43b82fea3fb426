@testable import Dashboard
import EdgegapAPI
import Testing

/// `e` / `E` export what the focused list shows: the filter and the sort applied, nothing else.
@Suite struct ReducerExportTests {
    typealias F = Fixtures

    @Test func exportsTheFilteredSortedSessions() {
        var state = F.loaded(F.ids("s-charlie", "s-alpha", "s-bravo"))
        state.sessions.filter = "a"   // alpha, bravo, charlie all contain "a"…
        state.sessions.filter = "al"  // …only alpha matches "al"
        #expect(F.reduce(&state, .key(.char("e"))) == [.export(ExportRequest(rows: .sessions([F.session("s-alpha")]), format: .csv))])
        state.sessions.filter = ""
        _ = F.reduce(&state, .key(.char("s")))  // sort by id
        let effects = F.reduce(&state, .key(.char("E")))
        guard case .export(let r) = effects.first, case .sessions(let rows) = r.rows else {
            Issue.record("no export effect: \(effects)")
            return
        }
        #expect(r.format == .json)
        #expect(rows.map(\.sessionID) == ["s-alpha", "s-bravo", "s-charlie"])
    }

    @Test func exportsLobbiesFromTheLobbyPane() {
        let lobbies = [Lobby(name: "duel-1", status: "Released"), Lobby(name: "raid-2", url: "https://r", status: "READY")]
        var state = F.loaded(lobbies: lobbies)
        state.focus = .lobbies
        #expect(F.reduce(&state, .key(.char("e"))) == [.export(ExportRequest(rows: .lobbies(lobbies), format: .csv))])
    }
}
