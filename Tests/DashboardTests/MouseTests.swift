@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing
import TerminalUI

/// A click is looked up in the layout the screen is drawn with: the row under the pointer is the row drawn there.
@Suite struct MouseTests {
    func state(mouse: Bool = true, production: Bool = false) -> AppState {
        var config = Fixtures.config(production: production)
        config.mouse = mouse
        let sessions = (1...12).map { Fixtures.session(String(format: "s-%02d", $0)) }
        var s = Fixtures.loaded(sessions, lobbies: Fixtures.sampleLobbies, config: config)
        _ = Fixtures.reduce(&s, .resize(width: 160, height: 48))
        return s
    }

    /// The screen line where `text` is drawn, and its column.
    func whereDrawn(_ text: String, in s: AppState) -> (x: Int, y: Int)? {
        for (y, line) in Fixtures.render(s).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let r = line.range(of: text) { return (line.distance(from: line.startIndex, to: r.lowerBound), y) }
        }
        return nil
    }

    func click(_ s: inout AppState, _ p: (x: Int, y: Int)?, at: Date = Fixtures.t0) -> [Effect] {
        guard let p else { Issue.record("not drawn"); return [] }
        return Fixtures.reduce(&s, .mouse(Mouse(.press(.left), x: p.x, y: p.y), at: at))
            + Fixtures.reduce(&s, .mouse(Mouse(.release(.left), x: p.x, y: p.y), at: at))
    }

    @Test func aClickSelectsTheRowDrawnThereAndFocusesItsPane() {
        var s = state()
        s.focus = .lobbies
        _ = click(&s, whereDrawn("s-05", in: s))
        #expect(s.sessions.selectedID == "s-05" && s.focus == .sessions)
        #expect(s.detail.sessionID == "s-05")
        _ = click(&s, whereDrawn("practice", in: s))
        #expect(s.lobbyPane.selectedName == "practice" && s.focus == .lobbies)
        // A user in the detail: the second user's address.
        _ = click(&s, whereDrawn("203.0.113.11", in: s))
        #expect(s.focus == .detail && s.detail.selectedUser == 1 && s.detail.field == nil)
    }

    @Test func theLayoutHitsWhatTheViewsDraw() {
        let s = state()
        let layout = ScreenLayout(s)
        // (s-01 is selected: its id is also the detail's title, found first.)
        for id in ["s-02", "s-07", "s-12"] {
            guard let p = whereDrawn(id, in: s) else { Issue.record("\(id) not drawn"); continue }
            guard case .row(.sessions, let i) = layout.hit(x: p.x, y: p.y) else { Issue.record("no row at \(p)"); continue }
            #expect(s.listRows()[i].sessionID == id)
        }
        guard let p = whereDrawn("arena-us", in: s), case .row(.lobbies, let i) = layout.hit(x: p.x, y: p.y) else { Issue.record("lobby"); return }
        #expect(s.visibleLobbies[i].name == "arena-us")
        // The header and the footer are not rows.
        #expect(layout.hit(x: 5, y: 0) == .header)
        #expect(layout.hit(x: 5, y: 47) == .footer)
    }

    @Test func aDoubleClickOpensASingleClickDoesNot() {
        var s = state()
        let p = whereDrawn("s-03", in: s)
        _ = click(&s, p)
        #expect(s.focus == .sessions)
        _ = click(&s, p, at: Fixtures.t0.addingTimeInterval(0.2))
        #expect(s.focus == .detail && s.detail.sessionID == "s-03")
        // Two clicks far apart in time are two clicks.
        var t = state()
        let q = whereDrawn("s-04", in: t)
        _ = click(&t, q)
        _ = click(&t, q, at: Fixtures.t0.addingTimeInterval(2))
        #expect(t.focus == .sessions)
    }

    @Test func theWheelMovesThePaneUnderThePointer() {
        var s = state()
        guard let p = whereDrawn("s-02", in: s) else { Issue.record("s-02"); return }
        _ = click(&s, p)
        _ = Fixtures.reduce(&s, .mouse(Mouse(.wheelDown, x: p.x, y: p.y), at: Fixtures.t0))
        #expect(s.sessions.selectedID == "s-05")
        _ = Fixtures.reduce(&s, .mouse(Mouse(.wheelUp, x: p.x, y: p.y), at: Fixtures.t0))
        #expect(s.sessions.selectedID == "s-02")
        guard let l = whereDrawn("arena-eu", in: s) else { Issue.record("lobby"); return }
        _ = Fixtures.reduce(&s, .mouse(Mouse(.wheelDown, x: l.x, y: l.y), at: Fixtures.t0))
        #expect(s.focus == .lobbies && s.lobbyPane.selectedName == "practice")
    }

    @Test func aDialogsButtonsArePressedOnlyWhereDrawn() {
        var s = state()
        _ = click(&s, whereDrawn("s-02", in: s))
        Fixtures.press(&s, .char("D"))
        // A click beside the buttons does nothing; Cancel cancels and sends nothing.
        #expect(Fixtures.mutations(click(&s, whereDrawn("Delete this session", in: s) ?? whereDrawn("s-02", in: s))).isEmpty)
        #expect(s.modal != nil)
        #expect(Fixtures.mutations(click(&s, whereDrawn("[ Cancel ]", in: s))).isEmpty)
        #expect(s.modal == nil)
        Fixtures.press(&s, .char("D"))
        let sent = Fixtures.mutations(click(&s, whereDrawn("Delete  ", in: s)))
        #expect(sent == [.deleteSession(id: "s-02")])
    }

    @Test func inProductionAClickDoesNotReplaceTypingTheTarget() {
        var s = state(production: true)
        _ = click(&s, whereDrawn("s-02", in: s))
        Fixtures.press(&s, .char("D"))
        #expect(Fixtures.mutations(click(&s, whereDrawn("Delete  ", in: s))).isEmpty)
        guard case .confirm? = s.modal else { Issue.record("the dialog closed"); return }
        Fixtures.type(&s, "s-02")
        #expect(Fixtures.mutations(click(&s, whereDrawn("[ Delete ]", in: s))) == [.deleteSession(id: "s-02")])
    }

    @Test func withTheMouseOffReportsAreIgnoredAndTheKeyTurnsItOn() {
        var s = state(mouse: false)
        _ = click(&s, whereDrawn("s-05", in: s))
        #expect(s.sessions.selectedID == "s-01")
        Fixtures.press(&s, .char("M"))
        #expect(s.mouse)
        #expect(Fixtures.render(s).contains("M mouse: on"))
        _ = click(&s, whereDrawn("s-05", in: s))
        #expect(s.sessions.selectedID == "s-05")
    }
}
