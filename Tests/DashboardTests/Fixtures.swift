@testable import Dashboard
import EdgegapAPI
import Foundation
import TerminalUI

/// Deterministic state builders for the reducer and snapshot tests: fixed dates, UTC, sessions built in code.
enum Fixtures {
    /// 2025-06-15 14:00:00 UTC.
    static let t0 = Date(timeIntervalSince1970: 1_750_000_000)
    static let utc = ClockZone.utc

    /// The crawl is off unless asked for: most tests are about one pane, and the fleet tests turn it on.
    static func config(readOnly: Bool = false, production: Bool = false, refresh: Double = 2,
                       maxBackoff: Double = 30, crawlRate: Double = 0) -> DashboardConfig {
        DashboardConfig(environment: "DEMO", apiHost: "127.0.0.1:8080", refresh: refresh, pageSize: 50,
                        readOnly: readOnly, production: production, maxBackoff: maxBackoff, zone: utc,
                        crawlRate: crawlRate)
    }

    /// A ready session with `users` users (tokens 100, 101, …) on a relay in `host`.
    static func session(_ id: String, status: String = "READY", ready: Bool = true, users: Int = 2,
                        host: String = "relay-ams.example") -> RelaySession {
        let us = (0..<users).map {
            SessionUser(ipAddress: "203.0.113.\($0 + 10)", latitude: 52.37, longitude: 4.9,
                        authorizationToken: ready ? UInt32(100 + $0) : nil)
        }
        let relay = ready ? Relay(ip: "198.51.100.7", host: host,
                                  ports: RelayPorts(server: RelayPort(port: 31000, protocol: "UDP", link: "198.51.100.7:31000"),
                                                    client: RelayPort(port: 31001, protocol: "UDP", link: "198.51.100.7:31001")))
            : nil
        return RelaySession(sessionID: id, authorizationToken: ready ? 4242 : nil, status: status, ready: ready,
                            linked: ready, sessionUsers: us, relay: relay)
    }

    static func page(_ sessions: [RelaySession], number: Int = 1, numPages: Int = 1, total: Int? = nil) -> SessionPage {
        SessionPage(sessions: sessions, totalCount: total ?? sessions.count,
                    pagination: Pagination(number: number, nextPageNumber: number < numPages ? number + 1 : nil,
                                           previousPageNumber: number > 1 ? number - 1 : nil, numPages: numPages,
                                           hasNext: number < numPages, hasPrevious: number > 1))
    }

    static func ids(_ names: String...) -> [RelaySession] { names.map { session($0) } }

    /// A started state with `sessions` loaded as page `number` of `numPages`, and `lobbies` loaded.
    static func loaded(_ sessions: [RelaySession] = ids("s-alpha", "s-bravo", "s-charlie"), number: Int = 1,
                       numPages: Int = 1, total: Int? = nil, lobbies: [Lobby] = [], config: DashboardConfig = config(),
                       at: Date = t0) -> AppState {
        var state = AppState(config: config, now: at)
        _ = Reducer.reduce(&state, .resize(width: 80, height: 24))
        _ = Reducer.reduce(&state, .start(at))
        state.sessions.page = number
        _ = Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: number,
                                                   .success(page(sessions, number: number, numPages: numPages, total: total)), at: at))
        _ = Reducer.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation, .success(lobbies), at: at))
        return state
    }

    /// Delivers the detail of the currently shown session (as if its fetch answered).
    static func loadDetail(_ state: inout AppState, _ s: RelaySession, at: Date = t0) {
        state.detail.sessionID = s.sessionID
        _ = state.book[.detail].begin(at: at)
        _ = Reducer.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: s.sessionID, .success(s), at: at))
    }

    /// Presses keys in order; returns every effect, clock scheduling left out.
    @discardableResult
    static func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
        keys.flatMap { Reducer.reduce(&state, .key($0)) }.filter { !isClock($0) }
    }

    /// Types text one character at a time.
    @discardableResult
    static func type(_ state: inout AppState, _ text: String) -> [Effect] {
        text.flatMap { Reducer.reduce(&state, .key(.char($0))) }.filter { !isClock($0) }
    }

    static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        Reducer.reduce(&state, action).filter { !isClock($0) }
    }

    /// The clock, the outage probe's timer, log lines and the events file: background effects most tests do not look at
    /// (the events tests read the model's log).
    static func isClock(_ e: Effect) -> Bool {
        switch e {
        case .schedule(.clock, _), .schedule(.probe, _), .cancelTimer(.probe), .log, .recordEvents, .loadEvents: return true
        default: return false
        }
    }

    /// The screen as text at the state's size (mono theme, unicode glyphs).
    static func render(_ state: AppState) -> String { Snapshot.render(state, width: state.width, height: state.height) }

    static func mutations(_ effects: [Effect]) -> [Mutation] {
        effects.compactMap { if case .mutate(let m) = $0 { m } else { nil } }
    }

    static let sampleLobbies = [
        Lobby(name: "arena-eu", url: "https://arena-eu.lobby.example", status: "READY"),
        Lobby(name: "arena-us", url: "", status: "Deploying"),
        Lobby(name: "practice", url: "", status: "Released"),
    ]
}
