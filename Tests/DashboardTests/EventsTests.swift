@testable import Dashboard
import DashboardTestSupport
import EdgegapAPI
import Foundation
import TerminalUI
import Testing

/// Issue 18: events derived in the pure core from successive looks at the API and from what the dashboard does;
/// de-duplicated, coalesced, the first sweep in one summary; alerts by rule and pin, rate-limited.
@Suite struct EventsTests {
    typealias F = Fixtures
    typealias S = FleetSweepTests

    static func failed(_ id: String, _ error: String = "No relay available") -> RelaySession {
        var s = F.session(id, status: "Error", ready: false)
        s.error = error
        return s
    }

    static func initializing(_ id: String) -> RelaySession { F.session(id, status: "Initializing", ready: false) }

    /// A crawling dashboard whose first sweep saw `fleet`, with `notify` channels.
    static func seen(_ fleet: [RelaySession], notify: Set<NotifyChannel> = [.bell, .osc777]) -> (AppState, Date) {
        var state = S.crawling()
        state.config.notify = notify
        let t = S.sweep(&state, [fleet], from: F.t0)
        return (state, t)
    }

    static func kinds(_ state: AppState) -> [Event.Kind] { state.model.events.events.map(\.kind) }

    @Test func theFirstSweepIsOneSummaryNotAnEventASession() {
        var fleet = (0..<40).map { F.session("ok\($0)-S") }
        fleet += (0..<5).map { Self.failed("bad\($0)-S") }
        let (state, _) = Self.seen(fleet)
        #expect(Self.kinds(state) == [.fleetSeen])
        #expect(state.model.events.events[0].detail == "45 sessions, 5 failed")
        #expect(state.model.events.events[0].summary == "fleet seen: 45 sessions, 5 failed")
    }

    @Test func eachSessionTransitionIsDerivedOnce() {
        let (start, t0) = Self.seen([Self.initializing("a-S"), F.session("b-S", users: 2), F.session("c-S")])
        var state = start
        // a-S turns ready and linked; b-S loses a user and gains another; c-S fails; d-S appears.
        var b = F.session("b-S", users: 2)
        b.sessionUsers[1].ipAddress = "198.51.100.200"
        var c = F.session("c-S")
        c.error = "relay lost"
        var t = S.sweep(&state, [[F.session("a-S"), b, c, F.session("d-S")]], from: t0 + 20)
        let said = state.model.events.events.dropFirst().map { "\($0.kind.rawValue) \($0.target?.name ?? "") \($0.detail)" }
        // Ready and linked in one look: one line.
        #expect(said.contains("session-ready a-S and linked"))
        #expect(!said.contains { $0.hasPrefix("session-linked") })
        #expect(said.contains("user-joined b-S 198.51.100.200"))
        #expect(said.contains("user-left b-S 203.0.113.11"))
        #expect(said.contains("session-failed c-S relay lost"))
        #expect(said.contains("session-appeared d-S "))
        // The same state again: nothing new (one "failed" per session, not one per poll).
        let count = state.model.events.events.count
        t = S.sweep(&state, [[F.session("a-S"), b, c, F.session("d-S")]], from: t + 20)
        #expect(state.model.events.events.count == count)
        // Two sweeps without b-S: it is gone, once.
        t = S.sweep(&state, [[F.session("a-S"), c, F.session("d-S")]], from: t + 20)
        t = S.sweep(&state, [[F.session("a-S"), c, F.session("d-S")]], from: t + 20)
        _ = S.sweep(&state, [[F.session("a-S"), c, F.session("d-S")]], from: t + 20)
        #expect(state.model.events.events.filter { $0.kind == .sessionGone }.map { $0.target?.name } == ["b-S"])
    }

    @Test func stuckAndLongLivedAreSaidOnceEach() {
        var (state, t) = Self.seen([F.session("old-S")])
        state.config.longLivedAfter = 3600
        // A new session that never gets ready: stuck once --stuck-after (60 s) has passed, and only once.
        t = S.sweep(&state, [[F.session("old-S"), Self.initializing("slow-S")]], from: t + 20)
        t = S.sweep(&state, [[F.session("old-S"), Self.initializing("slow-S")]], from: t + 100)
        t = S.sweep(&state, [[F.session("old-S"), Self.initializing("slow-S")]], from: t + 100)
        #expect(state.model.events.events.filter { $0.kind == .sessionStuck }.map { $0.target?.name } == ["slow-S"])
        // An hour on, both are long-lived, said once each.
        t = S.sweep(&state, [[F.session("old-S"), Self.initializing("slow-S")]], from: t + 3700)
        _ = S.sweep(&state, [[F.session("old-S"), Self.initializing("slow-S")]], from: t + 100)
        #expect(Set(state.model.events.events.filter { $0.kind == .sessionLongLived }.compactMap { $0.target?.name }) == ["old-S", "slow-S"])
        #expect(state.model.events.events.filter { $0.kind == .sessionLongLived }.count == 2)
    }

    @Test func aBurstIsCoalescedIntoOneEvent() {
        let fleet = (0..<38).map { F.session("g\($0)-S") } + [F.session("keep-S")]
        var (state, t) = Self.seen(fleet)
        for _ in 0..<3 { t = S.sweep(&state, [[F.session("keep-S")]], from: t + 20) }
        let gone = state.model.events.events.filter { $0.kind == .sessionGone }
        #expect(gone.count == 1 && gone[0].count == 38, "\(gone)")
        #expect(gone[0].detail.hasPrefix("38 sessions: g0-S, g1-S, g2-S"))
        // Up to the burst they are said one by one.
        #expect(EventLog.coalesced((0..<3).map { Event(at: F.t0, kind: .sessionGone, target: .session("x\($0)")) }).count == 3)
    }

    @Test func lobbyTransitionsAndAStuckDeploy() {
        var state = F.loaded(lobbies: [Lobby(name: "raid-3", url: "", status: "Released"), Lobby(name: "old", url: "", status: "Released")])
        #expect(state.model.events.events.isEmpty)   // the first list is what was there before we looked
        func answer(_ lobbies: [Lobby], at t: Double) {
            _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation, .success(lobbies), at: F.t0 + t))
        }
        answer([Lobby(name: "raid-3", url: "", status: "Deploying"), Lobby(name: "new", url: "", status: "Released"),
                Lobby(name: "old", url: "", status: "Released")], at: 2)
        answer([Lobby(name: "raid-3", url: "", status: "Deploying"), Lobby(name: "new", url: "", status: "Released"),
                Lobby(name: "old", url: "", status: "Released")], at: 200)
        answer([Lobby(name: "raid-3", url: "https://raid-3.example", status: "READY"), Lobby(name: "new", url: "", status: "Error")], at: 202)
        let said = state.model.events.events.map { "\($0.kind.rawValue) \($0.target?.name ?? "") \($0.detail)" }
        #expect(said == ["lobby-deploying raid-3 ", "lobby-created new Released", "lobby-deploy-stuck raid-3 moving for 3m",
                         "lobby-ready raid-3 https://raid-3.example", "lobby-error new Released → Error", "lobby-gone old "])
    }

    @Test func mutationsAndTheAPIsHealthAreEvents() {
        var state = F.loaded()
        state.config.operatorName = "op"
        _ = F.reduce(&state, .mutationFinished(.deleteSession(id: "s-alpha"), .succeeded(.none), at: F.t0 + 1))
        _ = F.reduce(&state, .mutationFinished(.createLobby(name: "x"), .unknown(.transport(.timedOut, detail: "t")), at: F.t0 + 2))
        let m = state.model.events.events
        #expect(m[0].kind == .mutation && m[0].detail == "deleted session s-alpha (by op on DEMO)")
        #expect(m[1].kind == .mutationUnknown && m[1].detail.hasPrefix("outcome unknown — refresh to check: create lobby x"))
        // Refused by the API: it did not happen — a warning (listed by `w`), not a plain line.
        _ = F.reduce(&state, .mutationFinished(.deleteSession(id: "s-beta"), .failed(.server(status: 503, message: nil)), at: F.t0 + 2))
        let refused = state.model.events.events.last!
        #expect(refused.kind == .mutationFailed && refused.kind.severity == .warning && refused.summary.hasPrefix("s-beta not done: "), "\(refused)")
        // A refused key, once a streak; the API down when the probe says so; back, with how long.
        func fail(_ e: APIError, at t: Double) {
            _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + t))
            _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1, .failure(e), at: F.t0 + t))
        }
        fail(.forbidden(message: nil), at: 3)
        fail(.forbidden(message: nil), at: 40)
        #expect(Self.kinds(state).filter { $0 == .keyRefused }.count == 1)
        _ = F.reduce(&state, .timerFired(.probe, F.t0 + 50))
        _ = F.reduce(&state, .probed(generation: state.book.probe.generation, .transport(.connectFailed, detail: "refused"), at: F.t0 + 50))
        _ = F.reduce(&state, .timerFired(.probe, F.t0 + 52))
        _ = F.reduce(&state, .probed(generation: state.book.probe.generation, .transport(.connectFailed, detail: "refused"), at: F.t0 + 52))
        #expect(Self.kinds(state).filter { $0 == .apiDown }.count == 1)
        _ = F.reduce(&state, .timerFired(.probe, F.t0 + 92))
        _ = F.reduce(&state, .probed(generation: state.book.probe.generation, nil, at: F.t0 + 92))
        #expect(state.model.events.events.last?.kind == .apiBack)
        // Counted from the first answer that failed (the key refused at 3 s), not from the probe that confirmed the
        // outage at 50 s.
        #expect(state.model.events.events.last?.detail == "after 1m")
        // The message line says it too, with why it was down, once the user's outcome still waiting there is seen.
        #expect(state.messageLine?.text.contains("s-beta") == true, "\(String(describing: state.messageLine))")
        state.dismissMessage()
        #expect(state.messageLine?.text == "API back after 1m down (cannot connect: refused)", "\(String(describing: state.messageLine))")
    }

    @Test func alertsFollowTheRulesPinsAndTheRateLimit() {
        let (start, t0) = Self.seen((0..<6).map { F.session("s\($0)-S") })
        var state = start
        state.config.alertEvery = 60
        // A failure alerts (a default rule); the next within the minute is held and summed up when it ends.
        var effects = F.reduce(&state, .timerFired(.poll(.fleet), t0))
        effects = S.answer(&state, [Self.failed("s0-S")] + (1..<6).map { F.session("s\($0)-S") }, page: 1, of: 1, at: t0 + 1)
        let first = effects.compactMap { if case .notify(let n) = $0 { n } else { nil } }
        #expect(first.map(\.body) == ["s0-S failed: No relay available"])
        #expect(first.first?.channels == [.bell, .osc777])
        var t = t0 + 20
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
        effects = S.answer(&state, [Self.failed("s0-S"), Self.failed("s1-S")] + (2..<6).map { F.session("s\($0)-S") }, page: 1, of: 1, at: t)
        #expect(!effects.contains { if case .notify = $0 { true } else { false } })
        #expect(effects.contains { if case .schedule(.alerts, _) = $0 { true } else { false } })
        effects = F.reduce(&state, .timerFired(.alerts, t0 + 62))
        let summary = effects.compactMap { if case .notify(let n) = $0 { n.body } else { nil } }
        #expect(summary == ["1 more session failed since \(TimeText.clock(t0 + 1, zone: F.utc)): s1-S"], "\(summary)")
        // A kind the rules leave out does not alert — unless its target is pinned.
        state.model.pins = [.session("s2-S")]
        t += 60
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
        var users = F.session("s3-S")
        users.sessionUsers.removeLast()
        var pinned = F.session("s2-S")
        pinned.sessionUsers.removeLast()
        effects = S.answer(&state, [Self.failed("s0-S"), Self.failed("s1-S"), pinned, users, F.session("s4-S"), F.session("s5-S")],
                           page: 1, of: 1, at: t)
        let bodies = effects.compactMap { if case .notify(let n) = $0 { n.body } else { nil } }
        #expect(bodies == ["s2-S user left: 203.0.113.11"], "\(bodies)")
    }

    @Test func nothingAlertsDuringTheFirstSweep() {
        var state = S.crawling()
        state.config.notify = [.bell]
        _ = S.answer(&state, [Self.failed("a-S"), Self.failed("b-S")], page: 1, of: 2, at: F.t0)
        let effects = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation,
                                                      .success([Lobby(name: "x", url: "", status: "Error")]), at: F.t0 + 1))
        #expect(!effects.contains { if case .notify = $0 { true } else { false } })
    }

    @Test func aHostileErrorReachesNoNotificationTitleOrJSONLineRaw() {
        let evil = "boom\u{1B}]0;pwned\u{07}\u{1B}[2J\r\nnext\u{9B}31m;x"
        let (start, t0) = Self.seen([F.session("h-S")], notify: [.bell, .osc9, .osc777, .title])
        var state = start
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t0))
        let effects = S.answer(&state, [Self.failed("h-S", evil)], page: 1, of: 1, at: t0 + 1)
        let notices = effects.compactMap { if case .notify(let n) = $0 { n } else { nil } }
        #expect(notices.count == 1)
        let raw: (String) -> Bool = { $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) } }
        #expect(!raw(notices[0].body) && !raw(notices[0].title))
        let titles = effects.compactMap { if case .title(let t) = $0 { t } else { nil } }
        #expect(titles == ["RelayDeck DEMO \u{2716}1"])
        let line = state.model.events.events.last!.jsonLine(profile: "DEMO")
        #expect(!raw(line), "\(line)")
        // And it reads back as it was written.
        #expect(Event(jsonLine: line) == { var e = state.model.events.events.last!; e.number = 0; return e }())
    }

    @Test func openingTheTimelineClearsTheBadge() {
        let (start, t0) = Self.seen([F.session("a-S")])
        var state = start
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t0))
        _ = S.answer(&state, [Self.failed("a-S")], page: 1, of: 1, at: t0 + 1)
        #expect(state.model.events.unseen == 1)
        #expect(F.render(state).contains("✖1 new"))
        _ = F.press(&state, .char("!"))
        #expect(state.model.events.unseen == 0 && state.sessions.scope == .timeline)
        let screen = TrustScreenTests.render(state, 120, 40)
        #expect(screen.contains("session-failed") && screen.contains("a-S") && screen.contains("No relay available"))
    }

    // From the user trial of issue 18.

    @Test func aPinnedTargetIsNeverLostInABurstAndAlerts() {
        let fleet = (0..<8).map { F.session("p\($0)-S") }
        var (state, t) = Self.seen(fleet)
        state.model.pins = [.session("p5-S")]
        // Every session gains a user in one look: one coalesced line for the rest, the pinned one alone, and it alerts.
        let moved = fleet.map { s -> RelaySession in
            var s = s
            s.sessionUsers.append(SessionUser(ipAddress: "192.0.2.1"))
            return s
        }
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
        let effects = S.answer(&state, moved, page: 1, of: 1, at: t + 1)
        let joined = state.model.events.events.filter { $0.kind == .userJoined }
        #expect(joined.map(\.count) == [7, 1] || joined.map(\.count) == [1, 7], "\(joined)")
        #expect(joined.contains { $0.target == .session("p5-S") })
        let merged = joined.first { $0.count == 7 }!
        #expect(merged.members.count == 7 && merged.members.allSatisfy { $0.detail == "192.0.2.1" })
        #expect(effects.contains { if case .notify(let n) = $0 { n.body.hasPrefix("p5-S user joined") } else { false } })
        // The file keeps every member, and the line still reads back.
        let line = merged.jsonLine(profile: "DEMO")
        #expect(line.contains("\"members\":[{\"target\":\"p0-S\""))
        #expect(Event(jsonLine: line)?.count == 7)
        t += 1
    }

    @Test func stuckIsJudgedAsOfTheLastLookNotAfterAnOutage() {
        var (state, t) = Self.seen([F.session("ok-S")])
        // A new session initializing at its last look; then the crawl sees nothing for five minutes (an outage).
        t = S.sweep(&state, [[F.session("ok-S"), Self.initializing("young-S")]], from: t + 20)
        state.now = t + 300
        Events.timed(&state)
        #expect(!state.model.found.contains { $0.kind == .sessionStuck })
        // Seen again still initializing, long past --stuck-after: now it is stuck.
        _ = S.sweep(&state, [[F.session("ok-S"), Self.initializing("young-S")]], from: t + 300)
        #expect(state.model.events.events.contains { $0.kind == .sessionStuck && $0.target == .session("young-S") })
    }

    @Test func wShowsWarningsOnlyInTheTimeline() {
        var (state, t) = Self.seen([F.session("a-S"), F.session("b-S")])
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
        _ = S.answer(&state, [Self.failed("a-S"), F.session("b-S"), F.session("c-S")], page: 1, of: 1, at: t + 1)
        _ = F.press(&state, .char("!"))
        #expect(state.timelineRows.count == 3)   // fleet seen, failed, appeared
        _ = F.press(&state, .char("w"))
        #expect(state.timeline.warningsOnly && state.timelineRows.map(\.kind) == [.sessionFailed])
        // E in the timeline exports JSON, e CSV.
        #expect(F.press(&state, .char("E")).contains { if case .export(let r) = $0 { r.format == .json } else { false } })
        t += 1
    }

    @Test func theKeyAcceptedAgainIsSaid() {
        var state = F.loaded()
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1, .failure(.forbidden(message: nil)), at: F.t0 + 2))
        #expect(state.model.events.events.last?.summary == "key refused: 403 — check the API key")
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 40))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1, .success(F.page(F.ids("s-alpha"))), at: F.t0 + 40))
        #expect(state.model.events.events.last?.summary == "API back: the key is accepted again")
    }
}
