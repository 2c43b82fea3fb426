@testable import Dashboard
import EdgegapAPI
import Foundation
import TerminalUI

/// The screens the snapshot tests draw, built from fixed dates and fixtures.
enum Scene: String, CaseIterable, Sendable {
    case sessionList, detail, lobbies, help, confirm, formError, stale, errorRetry
    /// With the fleet index: counts in the header, the problems view, a fleet search.
    case fleet, problems, fleetSearch

    typealias F = Fixtures

    static let sessions: [RelaySession] = [
        F.session("7f3a1c2e-ready-0001", users: 2, host: "relay-ams.example"),
        F.session("9b44d0aa-init-0002", status: "Initializing", ready: false, users: 1),
        RelaySession(sessionID: "c01dbeef-fail-0003", status: "Error", ready: false, linked: false,
                     error: "no relay in region", sessionUsers: [SessionUser(ipAddress: "198.51.100.23")]),
        F.session("e5e5e5e5-ready-0004", users: 4, host: "relay-sin.example"),
        F.session("0a0b0c0d-evil-\u{1B}[31m", users: 1, host: "relay-\u{202E}gro.example"),
    ]

    /// The base: page 1 of 3 (120 sessions), lobbies loaded, one message, clock one second after the load.
    static func base() -> AppState {
        var state = F.loaded(sessions, numPages: 3, total: 120, lobbies: F.sampleLobbies)
        // Three earlier polls for the sparkline.
        state.totalsHistory = [110, 116, 118, 120]
        state.post(.success, "created session 7f3a1c2e-ready-0001")
        _ = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 1))
        return state
    }

    /// The base with the crawl on (five sessions a page) and one sweep of the three pages done (the third holds a failed session).
    static func fleetBase() -> AppState {
        var config = F.config(crawlRate: 5)
        config.longLivedAfter = 4 * 3600
        config.pageSize = 5
        var state = F.loaded(sessions, numPages: 3, total: 12, lobbies: F.sampleLobbies + [Lobby(name: "broken", url: "", status: "Error")],
                             config: config)
        var stuck = F.session("5757ab12-stuck-0010", status: "Initializing", ready: false, users: 1)
        stuck.relay = nil
        let pages = [sessions, [F.session("1111aaaa-p2-0006"), F.session("2222bbbb-p2-0007", users: 3), stuck,
                                F.session("6666eeee-p2-0011"), F.session("7777ffff-p2-0012", users: 4)],
                     [F.session("3333cccc-p3-0008", users: 1),
                      RelaySession(sessionID: "4444dddd-p3-0009", status: "Error", ready: false, linked: false,
                                   error: "relay allocation failed", sessionUsers: [SessionUser(ipAddress: "203.0.113.99")])]]
        _ = FleetSweepTests.sweep(&state, pages, total: 12, from: F.t0)
        _ = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 3))
        return state
    }

    var state: AppState {
        var state = [.fleet, .problems, .fleetSearch].contains(self) ? Self.fleetBase() : Self.base()
        switch self {
        case .sessionList:
            break
        case .detail:
            F.loadDetail(&state, Self.sessions[0], at: F.t0 + 1)
            _ = F.press(&state, .tab, .char("j"))
        case .lobbies:
            _ = F.press(&state, .tab, .tab, .char("j"))
        case .help:
            _ = F.press(&state, .char("?"))
        case .confirm:
            _ = F.press(&state, .char("D"))
        case .formError:
            _ = F.press(&state, .char("n"))
            F.type(&state, "203.0.113.5, 10.0.0")
            _ = F.press(&state, .tab)
            F.type(&state, "country")
            _ = F.press(&state, .enter)
        case .stale:
            _ = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 9))
        case .errorRetry:
            _ = Reducer.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 3))
            _ = Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                       .failure(.unavailable(message: "maintenance")), at: F.t0 + 3))
            _ = Reducer.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 5))
            _ = Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                       .failure(.unavailable(message: "maintenance")), at: F.t0 + 5))
            _ = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 6))
        case .fleet:
            break
        case .problems:
            _ = F.press(&state, .char("P"))
        case .fleetSearch:
            _ = F.press(&state, .char("/"))
            F.type(&state, "203.0.113.99")
            // Enter opens the result; Esc comes back to the list, the search kept.
            _ = F.press(&state, .enter, .escape)
        }
        return state
    }
}
