@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing
import TerminalUI

/// A list scrolls only as far as the selection needs, from where it was: moving up from the bottom row walks up the
/// screen (as in htop or k9s) instead of dragging the whole list along, so the rows below stay in sight.
@Suite struct ListScrollTests {
    func state(rows: Int = 50) -> AppState {
        let sessions = (1...rows).map { Fixtures.session(String(format: "s-%02d", $0)) }
        var s = Fixtures.loaded(sessions, lobbies: Fixtures.sampleLobbies)
        _ = Fixtures.reduce(&s, .resize(width: 120, height: 40))
        return s
    }

    func window(_ s: AppState) -> Range<Int> { ScreenLayout(s).lists[.sessions]?.window ?? 0..<0 }

    func press(_ s: inout AppState, _ key: Character, times: Int) {
        for _ in 0..<times { Fixtures.press(&s, .char(key)) }
    }

    @Test func movingUpFromTheBottomRowDoesNotScroll() {
        var s = state()
        press(&s, "j", times: 30)
        let down = window(s)
        #expect(s.sessions.selectedID == "s-31" && down.upperBound == 31)
        press(&s, "k", times: 5)
        #expect(s.sessions.selectedID == "s-26")
        #expect(window(s) == down, "moving up within the rows shown scrolled the list")
        // The rows below the selection are drawn, the selection five lines above the last one.
        let screen = Fixtures.render(s)
        #expect(screen.contains("s-31") && screen.contains("s-26"))
        // The title says which rows those are.
        #expect(screen.contains("\(down.lowerBound + 1)–\(down.upperBound) of 50"))
    }

    @Test func leavingTheRowsShownScrollsJustEnough() {
        var s = state()
        press(&s, "j", times: 30)
        let down = window(s)
        press(&s, "k", times: down.count)   // from the bottom row to one above the top
        #expect(window(s).lowerBound == down.lowerBound - 1)
        #expect(s.sessions.selectedID == String(format: "s-%02d", down.lowerBound))
        press(&s, "j", times: 3)
        #expect(window(s).lowerBound == down.lowerBound - 1, "moving down within the rows shown scrolled the list")
    }

    @Test func anAnswerDoesNotMoveTheRowsShown() {
        var s = state()
        press(&s, "j", times: 30)
        press(&s, "k", times: 5)
        let before = window(s)
        let sessions = (1...50).map { Fixtures.session(String(format: "s-%02d", $0)) }
        _ = Fixtures.reduce(&s, .sessionsLoaded(generation: s.book[.sessions].generation, page: 1,
                                                .success(Fixtures.page(sessions)), at: Fixtures.t0))
        #expect(window(s) == before && s.sessions.selectedID == "s-26")
    }

    @Test func aSmallerScreenStillShowsTheSelection() {
        var s = state()
        press(&s, "j", times: 30)
        press(&s, "k", times: 5)
        _ = Fixtures.reduce(&s, .resize(width: 120, height: 20))
        let w = window(s)
        #expect(w.contains(25), "the selection (row 25) left the screen: \(w)")
        #expect(Fixtures.render(s).contains("s-26"))
    }
}
