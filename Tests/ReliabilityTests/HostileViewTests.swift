import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// DashboardView straight into a Buffer, every string field of every model holding a corpus entry.
@Suite struct HostileViewTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    static func session(_ i: Int, _ evil: String) -> RelaySession {
        let port = RelayPort(port: 31000 + i, protocol: evil, link: evil)
        return RelaySession(sessionID: "sess\(i)-\(evil)", authorizationToken: UInt32(i), status: evil, ready: i % 2 == 0,
                            linked: true, error: evil,
                            sessionUsers: [SessionUser(ipAddress: evil, latitude: 1, longitude: 2, authorizationToken: 7)],
                            relay: Relay(ip: evil, host: evil, ports: RelayPorts(server: port, client: port)),
                            webhookURL: evil)
    }

    /// A state with every corpus entry in sessions, the open detail, lobbies, errors and the message line.
    static func hostileState(width: Int, height: Int, focus: Pane) -> AppState {
        let corpus = HostileCorpus.entries
        var state = AppState(config: DashboardConfig(environment: corpus[0], apiHost: corpus[3], refresh: 2, pageSize: 50,
                                                     zone: .utc), now: now)
        state.width = width
        state.height = height
        state.focus = focus
        let sessions = corpus.enumerated().map { session($0.offset, $0.element) }
        let pagination = Pagination(number: 1, nextPageNumber: nil, previousPageNumber: nil, numPages: 1,
                                    hasNext: false, hasPrevious: false)
        state.sessions.feed.value = SessionPage(sessions: sessions, totalCount: sessions.count, pagination: pagination)
        state.sessions.feed.error = .server(status: 500, message: corpus[4])
        state.sessions.selectedID = sessions[5].sessionID
        state.sessions.filter = corpus[6]
        state.detail.sessionID = sessions[5].sessionID
        state.detail.feed.value = sessions[5]
        state.lobbies.feed.value = corpus.map { Lobby(name: $0, url: $0, status: $0) }
        state.lobbies.feed.error = .undecodable(endpoint: corpus[7], snippet: corpus[8])
        state.lobbyPane.selectedName = corpus[9]
        // Messages enter through the reducer, which cleans them (AppState.post trusts its caller): here as the
        // runtime's words for a failed export.
        for entry in corpus { _ = Reducer.reduce(&state, .exported(.failure(EffectFailure(entry)), rows: 0)) }
        return state
    }

    @Test(arguments: [(160, 48, Pane.sessions), (160, 48, Pane.detail), (160, 48, Pane.lobbies),
                      (80, 24, Pane.sessions), (80, 24, Pane.detail), (80, 24, Pane.lobbies), (60, 16, Pane.detail)])
    func noCellHoldsAControlScalar(width: Int, height: Int, focus: Pane) {
        let state = Self.hostileState(width: width, height: height, focus: focus)
        var buffer = Buffer(width: width, height: height)
        DashboardView(state: state, theme: .mono, glyphs: .unicode).render(into: &buffer)
        let findings = ScreenAudit.findings(in: buffer)
        #expect(findings.isEmpty, "control scalars in cells: \(findings.prefix(10))\n\(buffer.text())")
        #expect(ScreenAudit.bypasses(in: buffer.text()).isEmpty, "uncleaned text: \(ScreenAudit.bypasses(in: buffer.text()))")
        #expect(!ScreenAudit.markersShown(in: buffer.text()).isEmpty, "no hostile text reached the screen:\n\(buffer.text())")
    }

    /// Every single corpus entry as the only text of a one-session screen, each field in turn.
    @Test(arguments: HostileCorpus.entries.indices)
    func eachEntryAloneIsInert(index: Int) {
        let evil = HostileCorpus.entries[index]
        var state = Self.hostileState(width: 120, height: 32, focus: .detail)
        let only = Self.session(0, evil)
        state.sessions.feed.value = SessionPage(sessions: [only], totalCount: 1, pagination: state.sessions.feed.value!.pagination)
        state.sessions.selectedID = only.sessionID
        state.detail.sessionID = only.sessionID
        state.detail.feed.value = only
        state.messages = []
        _ = Reducer.reduce(&state, .copied(.failure(EffectFailure(evil))))
        var buffer = Buffer(width: 120, height: 32)
        DashboardView(state: state, theme: .mono, glyphs: .ascii).render(into: &buffer)
        let findings = ScreenAudit.findings(in: buffer)
        #expect(findings.isEmpty, "entry \(index): \(findings.prefix(10))")
        #expect(ScreenAudit.bypasses(in: buffer.text()).isEmpty, "entry \(index) uncleaned:\n\(buffer.text())")
    }
}
