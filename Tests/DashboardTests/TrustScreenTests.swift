@testable import Dashboard
import DashboardTestSupport
import EdgegapAPI
import Foundation
import TerminalUI
import Testing

/// Issue 17, the items about what the screen says: nothing an operator acts on is cut, the panes agree, words and
/// glyphs are one. Each test failed before its fix.
@Suite struct TrustScreenTests {
    typealias F = Fixtures
    typealias S = FleetSweepTests

    static let ipv6 = "2a07:6266:4d3f:9b10:8c21:77fe:fe10:abcd"

    static func render(_ state: AppState, _ w: Int, _ h: Int, glyphs: GlyphSet = .unicode) -> String {
        var s = state
        s.width = w
        s.height = h
        var buffer = Buffer(width: w, height: h)
        DashboardView(state: s, theme: .mono, glyphs: glyphs).render(into: &buffer)
        return buffer.text()
    }

    static func sessionWithIPv6() -> RelaySession {
        var s = F.session("8c054445fda4-S", users: 2)
        s.sessionUsers[1] = SessionUser(ipAddress: ipv6, latitude: 48.85, longitude: 2.35, authorizationToken: 3_500_589_645)
        s.error = "No relay available in region eu-west-2: the allocation timed out after three attempts (quota 40/40)"
        return s
    }

    // Item 4: at 120×40 the user's whole IPv6 address, its token and the whole error are on screen.
    @Test func theDetailShowsTheWholeIPv6AddressTokenAndError() {
        let s = Self.sessionWithIPv6()
        var state = F.loaded([s])
        state.focus = .detail
        let screen = Self.render(state, 120, 40)
        #expect(screen.contains(Self.ipv6), "\(screen)")
        #expect(screen.contains("3500589645"))
        // The error wraps under its label: every word of it is there.
        let flat = screen.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ").replacingOccurrences(of: "┃", with: " ") }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(flat.contains("No relay available in region eu-west-2: the allocation timed out after three attempts (quota 40/40)"))
    }

    // Item 4: opened from a search for a player's IP, the detail has that player selected.
    @Test func enterOnASearchForAnIPSelectsThatUser() {
        let s = Self.sessionWithIPv6()
        var state = F.loaded([F.session("s-other"), s])
        _ = F.press(&state, .char("/"))
        F.type(&state, "2a07:6266")
        _ = F.press(&state, .enter)
        #expect(state.detail.sessionID == s.sessionID && state.detail.selectedUser == 1)
        #expect(SessionDetail.copyTarget(state) == Self.ipv6)
    }

    // Item 5: an outcome says what matters first; `m` shows every message whole; `y` copies the selected one.
    @Test func messagesAreWholeInTheHistoryAndCopyable() {
        var state = F.loaded()
        let long = "profile nosuch: no profile named nosuch; available: staging, prodeu, produs, loadtest-east, loadtest-west, sandbox"
        state.report(.error, long)
        _ = F.reduce(&state, .mutationFinished(.deleteSession(id: "s-bravo"),
                                               .unknown(.transport(.connectionLost, detail: "connection closed before the answer was complete")),
                                               at: F.t0))
        let footer = Self.render(state, 120, 40).split(separator: "\n").dropLast().last.map(String.init) ?? ""
        #expect(footer.contains("outcome unknown — refresh to check: delete session s-bravo"), "\(footer)")
        _ = F.press(&state, .char("m"))
        let history = Self.render(state, 80, 24)
        #expect(history.contains("refresh to check"))
        #expect(history.contains("sandbox"), "the profile list is whole:\n\(history)")
        // The newest is selected; j moves to the one before; y copies it.
        _ = F.press(&state, .char("j"))
        #expect(F.press(&state, .char("y")) == [.copy(long)])
    }

    // Item 5: an export's path is shortened on the message line: the file name and its folder stay.
    @Test func anExportPathIsShortOnTheMessageLine() {
        var state = F.loaded()
        _ = F.reduce(&state, .exported(.success("~/.local/state/relaydeck/exports/sessions-20261205-041200.csv"), rows: 50))
        let footer = Self.render(state, 80, 24).split(separator: "\n").dropLast().last.map(String.init) ?? ""
        #expect(footer.contains("exported 50 rows to ~/…/exports/sessions-20261205-041200.csv"), "\(footer)")
        #expect(state.messages.last?.text == "exported 50 rows to ~/.local/state/relaydeck/exports/sessions-20261205-041200.csv")
        #expect(ShortPath.of("/home/op/.local/state/x.csv", home: "/home/op") == "~/.local/state/x.csv")
    }

    // Item 5: help at 80×24 wraps its descriptions (nothing ends in …) and G goes to its end.
    @Test func helpWrapsAndEndGoesToTheEnd() {
        var state = F.loaded()
        _ = F.press(&state, .char("?"))
        let top = Self.render(state, 80, 24)
        let inBox = top.split(separator: "\n").dropFirst(2).dropLast(3)
        #expect(!inBox.contains { $0.contains("…") && !$0.contains("more:") }, "\(top)")
        _ = F.press(&state, .char("G"))
        let end = Self.render(state, 80, 24)
        #expect(!end.contains("more:"))
        #expect(end.contains("Close"), "\(end)")
        _ = F.press(&state, .char("g"))
        #expect(Self.render(state, 80, 24).contains("Marks"))
    }

    // Item 6: at 60×16 PRODUCTION stays whole, before the host and the clock; the footer says it too.
    @Test func productionIsNeverTheFirstThingCut() {
        var config = F.config(production: true)
        config.environment = "prodeu"
        config.apiHost = "127.0.0.1:18080"
        let state = F.loaded(config: config)
        for (w, h) in [(60, 16), (80, 24), (120, 40)] {
            let screen = Self.render(state, w, h)
            let header = screen.split(separator: "\n").first.map(String.init) ?? ""
            #expect(header.contains("prodeu") && header.contains("PRODUCTION"), "\(w)x\(h): \(header)")
            let footer = screen.split(separator: "\n").last.map(String.init) ?? ""
            #expect(footer.hasPrefix("PRODUCTION prodeu"), "\(w)x\(h): \(footer)")
        }
    }

    // Item 6: in a production dialog, once the typed target matches, the action has the focus and the hint says
    // exactly what Enter does.
    @Test func typingTheTargetMovesTheFocusToTheAction() {
        var state = F.loaded(config: F.config(production: true))
        _ = F.press(&state, .char("D"))
        F.type(&state, "s-alph")
        guard case .confirm(let c1)? = state.modal else { Issue.record("no dialog"); return }
        #expect(!c1.confirmFocused)
        #expect(Self.render(state, 80, 24).contains("type it, then Enter"))
        F.type(&state, "a")
        guard case .confirm(let c2)? = state.modal else { Issue.record("no dialog"); return }
        #expect(c2.confirmFocused)
        #expect(Self.render(state, 80, 24).contains("Enter: delete session s-alpha"))
        #expect(Self.render(state, 80, 24).contains("[ Delete ]"))
    }

    // Item 7: one stuck session, one word in every pane; a failed session's relay is not "coming".
    @Test func thePanesAgreeAboutAStuckSession() {
        var state = S.crawling()
        let stuck = F.session("stuck0000000-S", status: "Initializing", ready: false)
        var failed = F.session("fail00000000-S", status: "Error", ready: false)
        failed.error = "no relay"
        // Seen from the first look (lower bound): stuck is not known yet, and the header says so.
        _ = S.sweep(&state, [[stuck, failed]], from: F.t0)
        SelectionTrustTests.answerPage(&state, [stuck, failed], at: F.t0)
        #expect(Self.render(state, 120, 40).contains("▲? stuck"))
        // Past --stuck-after: stuck in the header, the list, the problems view and the detail.
        _ = S.sweep(&state, [[stuck, failed]], from: F.t0 + 120)
        SelectionTrustTests.answerPage(&state, [stuck, failed], at: F.t0 + 120)
        let list = Self.render(state, 120, 40)
        #expect(list.contains("▲1 stuck"))
        #expect(list.contains("▲ stuck0000000-S  stuck"), "\(list)")
        #expect(list.contains("▲ stuck · Initializing"), "the detail says stuck:\n\(list)")
        _ = F.press(&state, .char("P"))
        #expect(Self.render(state, 120, 40).contains("▲ stuck       stuck0000000-S"))
        _ = F.press(&state, .char("P"), .char("j"))
        let detail = Self.render(state, 120, 40)
        #expect(detail.contains("relay    — none (the session failed)"), "\(detail)")
        #expect(!detail.contains("not allocated yet"))
    }

    // Item 8: one way to write an age: the list, the detail, the lobbies and the problems view.
    @Test func oneAgeFormatEverywhere() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        _ = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 1_500))
        let wide = Self.render(state, 160, 48)
        #expect(wide.contains("≥25m"))                                      // list and lobbies (first look)
        #expect(wide.contains("≥25m (already there at first look"))        // detail
        #expect(!wide.contains("≥ "))
        #expect(TimeText.age(since: FirstSeen.Record(at: F.t0, lowerBound: false), now: F.t0 + 30, glyphs: .unicode) == "<1m")
        #expect(TimeText.age(since: FirstSeen.Record(at: F.t0, lowerBound: true), now: F.t0 + 30, glyphs: .unicode) == "?")
        #expect(TimeText.age(since: FirstSeen.Record(at: F.t0, lowerBound: true), now: F.t0 + 7_200, glyphs: .ascii) == ">=2h")
    }

    // Item 10: a deleted session's detail says gone and shows no live marks.
    @Test func aDeletedSessionLooksGone() {
        var state = F.loaded()
        state.focus = .detail
        _ = F.reduce(&state, .mutationFinished(.deleteSession(id: "s-alpha"), .succeeded(.none), at: F.t0))
        let screen = Self.render(state, 80, 24)
        #expect(screen.contains("Session s-alpha · gone"))
        #expect(screen.contains("gone: the API no longer has this session"))
        #expect(!screen.contains("● ready"), "\(screen)")
        #expect(!screen.contains("› 203.0.113"), "no user row offered for an action")
    }

    // Item 11: the footer keeps the way to the other panes and help first; an overlay's own keys replace the pane's.
    @Test func theFooterKeepsTheWayAroundAndTheOverlaysKeys() {
        var state = F.loaded(config: F.config(crawlRate: 5))
        for (w, h) in [(80, 24), (120, 40)] {
            let footer = Self.render(state, w, h).split(separator: "\n").last.map(String.init) ?? ""
            #expect(footer.hasPrefix("Tab pane  P problems"), "\(footer)")
            #expect(footer.hasSuffix("? help") || footer.contains("? help"), "\(footer)")
        }
        _ = F.press(&state, .char("n"))
        let form = Self.render(state, 80, 24).split(separator: "\n").last.map(String.init) ?? ""
        #expect(form.contains("Enter create") && form.contains("Esc cancel") && !form.contains("D delete"), "\(form)")
    }

    // Item 12: repeated poll errors fold into one line with a count; outcomes keep their place; each has a glyph.
    @Test func pollRepeatsFoldAndEveryLineHasAGlyph() {
        var state = F.loaded()
        for i in 0..<12 {
            _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + Double(i * 3)))
            _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                 .failure(.server(status: 500, message: "Internal Server Error")), at: F.t0 + Double(i * 3)))
        }
        let polls = state.messages.filter { $0.background && $0.text.hasPrefix("sessions:") }
        #expect(polls.count == 1 && polls[0].count == 12, "\(polls)")
        _ = F.press(&state, .char("m"))
        let history = Self.render(state, 120, 40)
        #expect(history.contains("×12 since"), "\(history)")
        #expect(history.contains("✖ sessions:"))
        #expect(history.contains("○ watching"))
    }

    // Item 13: keys in the lobbies' footer work; help's End and G work; a deploy the state rules out is not sent.
    @Test func keysThatDidNothingNowDoSomething() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        state.focus = .lobbies
        // arena-eu is READY: d says why and sends nothing, and the footer does not offer it.
        #expect(F.press(&state, .char("d")).isEmpty)
        #expect(state.modal == nil)
        #expect(state.messageLine?.text == "lobby arena-eu is already deployed (READY): nothing sent")
        #expect(!(Self.render(state, 120, 40).split(separator: "\n").last ?? "").contains("d deploy"))
        // / filters the lobbies.
        _ = F.press(&state, .char("/"))
        F.type(&state, "prac")
        _ = F.press(&state, .enter)
        #expect(state.visibleLobbies.map(\.name) == ["practice"] && state.lobbyPane.selectedName == "practice")
        #expect(Self.render(state, 120, 40).contains("filter \"prac\" · 1 shown"))
        _ = F.press(&state, .escape)
        #expect(state.lobbyPane.filter.isEmpty)
        // Enter opens the lobby's detail (issue 19).
        _ = F.press(&state, .enter)
        #expect(state.showsLobbyDetail)
    }

    // Item 15: one form for outcomes; the user by IP; the refused key's real source.
    @Test func outcomesHaveOneFormAndNameWhatTheUserSaw() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        _ = F.reduce(&state, .mutationFinished(.createLobby(name: "uw-test-1"),
                                               .succeeded(.lobby(Lobby(name: "uw-test-1", url: "", status: "Released"))), at: F.t0))
        #expect(state.messageLine?.text == "created lobby uw-test-1 (Released)")
        let revoke = Mutation.revokeUser(sessionID: "s-alpha", token: 2_551_709_130, ip: "9.9.9.9")
        _ = MutationFlow.send(revoke, &state)
        #expect(state.messageLine?.text == "revoke user 9.9.9.9 on s-alpha…")
        #expect(revoke.auditTarget == "s-alpha 9.9.9.9 token 2551709130")
        _ = F.reduce(&state, .mutationFinished(revoke, .succeeded(.none), at: F.t0))
        #expect(state.messageLine?.text == "revoked user 9.9.9.9 from s-alpha")
        var config = F.config()
        config.keySource = "STAGING_KEY"
        var refused = F.loaded(config: config)
        _ = F.reduce(&refused, .timerFired(.poll(.sessions), F.t0 + 2))
        _ = F.reduce(&refused, .sessionsLoaded(generation: refused.book[.sessions].generation, page: 1,
                                               .failure(.forbidden(message: nil)), at: F.t0 + 2))
        #expect(Self.render(refused, 160, 48).contains("key refused (403) — check STAGING_KEY"))
    }

    // Item 18: with --ascii every scene is 7-bit ASCII.
    @Test(arguments: Scene.allCases)
    func asciiMeansASCII(scene: Scene) {
        for (w, h) in [(80, 24), (160, 48)] {
            let text = Self.render(scene.state, w, h, glyphs: .ascii)
            let high = text.unicodeScalars.filter { $0.value > 0x7F }
            #expect(high.isEmpty, "\(scene) \(w)x\(h): \(String(String.UnicodeScalarView(high.prefix(20))))")
        }
    }
}
