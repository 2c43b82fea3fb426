@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing
import TerminalUI

private typealias F = Fixtures

/// Marks and bulk actions in the reducer: marks are on targets, a bulk dialog says what it will act on (and what the
/// view hides), requests go one at a time, failures do not stop the rest, quitting midway asks.
@Suite struct MarksTests {
    func state(production: Bool = false, crawlRate: Double = 0) -> AppState {
        var s = F.loaded((1...8).map { F.session(String(format: "s-%02d", $0)) }, lobbies: F.sampleLobbies,
                         config: F.config(production: production, crawlRate: crawlRate))
        _ = F.reduce(&s, .resize(width: 160, height: 48))
        return s
    }

    /// Marks s-01, s-02 and s-04 with Space (Space moves on).
    func markThree(_ s: inout AppState) {
        F.press(&s, .char(" "), .char(" "), .char("j"), .char(" "))
    }

    @Test func spaceMarksAndMovesOnTheTitleCountsAndUClears() {
        var s = state()
        markThree(&s)
        #expect(s.marks.sessions == ["s-01", "s-02", "s-04"])
        #expect(s.sessions.selectedID == "s-05")
        let screen = F.render(s)
        #expect(screen.contains("3 marked"))
        #expect(screen.split(separator: "\n").contains { $0.contains("+● s-02") }, "\(screen)")
        // Space on a marked row unmarks it.
        F.press(&s, .char("k"), .char(" "))
        #expect(s.marks.sessions == ["s-01", "s-02"])
        F.press(&s, .char("u"))
        #expect(s.marks.isEmpty && s.messageLine?.text == "cleared 2 marks")
    }

    @Test func theBulkDialogNamesTheCountTheTargetsWhatIsHiddenAndStartsOnCancel() {
        var s = state()
        markThree(&s)
        // A filter that leaves only s-04 in view.
        F.press(&s, .char("/"))
        F.type(&s, "s-04")
        F.press(&s, .enter)
        F.press(&s, .char("D"))
        guard case .confirm(let c)? = s.modal, case .bulk(let ms) = c.subject else { Issue.record("no bulk dialog"); return }
        #expect(ms == [.deleteSession(id: "s-01"), .deleteSession(id: "s-02"), .deleteSession(id: "s-04")])
        #expect(c.title == "Delete 3 sessions?" && !c.confirmFocused)
        let screen = F.render(s)
        #expect(screen.contains("3 sessions will be deleted: s-01, s-02, s-04."))
        #expect(screen.contains("2 of them are not in view now"))
        // Enter on Cancel: nothing is sent, the marks stay.
        #expect(F.mutations(F.press(&s, .enter)).isEmpty)
        #expect(s.messageLine?.text == "cancelled: delete 3 sessions" && s.marks.count == 3)
    }

    @Test func inProductionTheCountIsTyped() {
        var s = state(production: true)
        markThree(&s)
        F.press(&s, .char("D"))
        guard case .confirm(let c)? = s.modal else { Issue.record("no dialog"); return }
        #expect(c.typeToConfirm == "3" && c.title.hasPrefix("PRODUCTION"))
        #expect(F.mutations(F.press(&s, .enter)).isEmpty)
        F.type(&s, "3")
        #expect(F.mutations(F.press(&s, .enter)) == [.deleteSession(id: "s-01")])
    }

    @Test func oneAtATimeAFailureDoesNotStopTheRestAndTheSummaryStays() {
        var s = state()
        markThree(&s)
        var sent = F.mutations(F.press(&s, .char("D"), .tab, .enter))
        #expect(sent == [.deleteSession(id: "s-01")])
        #expect(s.messageLine?.text == "0/3 deleted \u{2026}")
        // The answer schedules the next at the budget's pace; the timer sends it.
        var effects = F.reduce(&s, .mutationFinished(.deleteSession(id: "s-01"), .failed(.conflict(message: "busy")), at: F.t0))
        #expect(effects.contains(.schedule(.bulk, seconds: 0.2)))
        #expect(F.mutations(effects).isEmpty)
        #expect(s.messageLine?.text == "0/3 deleted, 1 failed \u{2026}")
        sent = F.mutations(F.reduce(&s, .timerFired(.bulk, F.t0)))
        #expect(sent == [.deleteSession(id: "s-02")])
        _ = F.reduce(&s, .mutationFinished(.deleteSession(id: "s-02"), .succeeded(.none), at: F.t0))
        sent = F.mutations(F.reduce(&s, .timerFired(.bulk, F.t0)))
        #expect(sent == [.deleteSession(id: "s-04")])
        effects = F.reduce(&s, .mutationFinished(.deleteSession(id: "s-04"), .failed(.notFound(message: nil)), at: F.t0))
        #expect(s.bulk == nil)
        #expect(s.messageLine?.text == "Delete 3 sessions: 2 deleted (1 had gone already), 1 failed (m lists each); what did not succeed stays marked")
        #expect(s.marks.sessions == ["s-01"])
        // Each answer is in the history in the words of a single action.
        #expect(s.messages.contains { $0.text == "deleted session s-02" })
        #expect(s.messages.contains { $0.text.hasPrefix("delete session s-01 failed") })
        // A timer after the end sends nothing.
        #expect(F.mutations(F.reduce(&s, .timerFired(.bulk, F.t0))).isEmpty)
    }

    @Test func quittingMidwayAsksAndSaysWhatWillNotBeSent() {
        var s = state()
        markThree(&s)
        F.press(&s, .char("D"), .tab, .enter)
        _ = F.reduce(&s, .mutationFinished(.deleteSession(id: "s-01"), .succeeded(.none), at: F.t0))
        // Between two requests nothing is in flight, yet quitting asks.
        F.press(&s, .char("q"))
        guard case .confirm(let c)? = s.modal, case .quit = c.subject else { Issue.record("no quit question"); return }
        #expect(c.lines.contains("Bulk delete: 1/3 deleted; the 2 not sent yet will not be sent."))
        let effects = [Key.tab, .enter].flatMap { Reducer.reduce(&s, .key($0)) }
        #expect(s.quitting && effects.last == .quit(.quit))
        #expect(effects.contains(.log(.warning, "bulk delete: quit at 1/3 deleted; 2 not sent")))
    }

    @Test func theCrawlWaitsWhileABulkActionSpendsTheBudget() {
        var s = state(crawlRate: 5)
        markThree(&s)
        F.press(&s, .char("D"), .tab, .enter)
        #expect(Fleet.plan(s) == .later(0.2))
    }

    @Test func marksOfWhatWentAreDroppedAndSaid() {
        var s = state()
        s.focus = .lobbies
        F.press(&s, .char(" "), .char(" "))
        #expect(s.marks.lobbies == ["arena-eu", "arena-us"])
        _ = F.reduce(&s, .lobbiesLoaded(generation: s.book[.lobbies].generation, .success([F.sampleLobbies[0], F.sampleLobbies[2]]), at: F.t0))
        #expect(s.marks.lobbies == ["arena-eu"])
        #expect(s.messageLine?.text == "mark dropped, gone: lobby arena-us")
    }

    @Test func whatALobbysStateDoesNotAllowIsLeftOutAndTheTimelineNeverActsOnTheListBelow() {
        var s = state()
        s.focus = .lobbies
        // arena-eu is READY (can terminate), practice is Released (cannot).
        F.press(&s, .char(" "), .char("j"), .char(" "))
        F.press(&s, .char("T"))
        guard case .confirm(let c)? = s.modal, case .bulk(let ms) = c.subject else { Issue.record("no bulk dialog"); return }
        #expect(ms == [.terminateLobby(name: "arena-eu")])
        #expect(c.title == "Terminate 1 lobby?")
        #expect(c.lines.contains { $0.hasPrefix("Left out, their state does not allow it: practice is not deployed") })
        F.press(&s, .escape, .char("u"))
        // In the timeline, D without marks is not the session under it.
        s.focus = .sessions
        F.press(&s, .char("!"))
        #expect(F.mutations(F.press(&s, .char("D"))).isEmpty && s.modal == nil)
        #expect(s.messageLine?.text.hasPrefix("the timeline lists events") == true)
    }

    @Test func revokeActsOnMarkedUsersOfTheDetail() {
        var s = state()
        F.loadDetail(&s, F.session("s-01", users: 3))
        s.focus = .detail
        s.detail.field = nil
        F.press(&s, .char(" "), .char(" "))
        #expect(s.marks.users.map(\.ip) == ["203.0.113.10", "203.0.113.11"])
        F.press(&s, .char("x"))
        guard case .confirm(let c)? = s.modal, case .bulk(let ms) = c.subject else { Issue.record("no bulk dialog"); return }
        #expect(ms == [.revokeUser(sessionID: "s-01", token: 100, ip: "203.0.113.10"), .revokeUser(sessionID: "s-01", token: 101, ip: "203.0.113.11")])
        #expect(c.title == "Revoke 2 users?")
    }
}
