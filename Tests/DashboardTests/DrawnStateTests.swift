@testable import Dashboard
import Testing

/// Starting a poll changes request bookkeeping only: it must not cost a frame.
@Suite struct DrawnStateTests {
    typealias F = Fixtures

    @Test func startingAPollBehindDataDrawsNothingNew() {
        var state = F.loaded()
        let before = state
        let effects = F.reduce(&state, .timerFired(.pollSessions, F.t0))
        #expect(effects.contains { if case .fetchSessions = $0 { true } else { false } })
        #expect(state != before)                 // the generation and the in-flight flag moved…
        #expect(state.drawn == before.drawn)     // …but nothing on screen did
    }

    @Test func loadingWithoutDataIsDrawn() {
        var state = AppState(config: F.config(), now: F.t0)
        let before = state
        _ = F.reduce(&state, .start(F.t0))
        #expect(state.drawn != before.drawn)     // "loading" appears in the list title
    }
}
