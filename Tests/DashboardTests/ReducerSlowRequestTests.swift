@testable import Dashboard
import Foundation
import Testing

/// A poll that hangs past its patience is replaced (the runner cancels the old one); patience doubles each time.
@Suite struct ReducerSlowRequestTests {
    typealias F = Fixtures

    func fetches(_ effects: [Effect]) -> [Int] {
        effects.compactMap { if case .fetch(.sessionPage, let g) = $0 { g } else { nil } }
    }

    @Test func aHangingPollIsReplacedWithGrowingPatience() {
        var state = F.loaded()   // refresh 2 s: patience 4 s, then 8 s
        let first = fetches(F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2)))
        #expect(first.count == 1)
        #expect(fetches(F.reduce(&state, .timerFired(.clock, F.t0 + 5.9))).isEmpty)
        let second = fetches(F.reduce(&state, .timerFired(.clock, F.t0 + 6.1)))
        #expect(second.count == 1 && second[0] > first[0])
        #expect(state.book[.sessions].abandoned == 1)
        // The replacement gets 8 s.
        #expect(fetches(F.reduce(&state, .timerFired(.clock, F.t0 + 13.9))).isEmpty)
        #expect(fetches(F.reduce(&state, .timerFired(.clock, F.t0 + 14.2))).count == 1)
        // The answer to the replaced request is dropped; the newest one lands and resets the patience.
        _ = F.reduce(&state, .sessionsLoaded(generation: first[0], page: 1, .success(F.page(F.ids("old"))), at: F.t0 + 15))
        #expect(state.sessions.feed.value?.sessions.first?.sessionID != "old")
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page(F.ids("new"))), at: F.t0 + 15))
        #expect(state.sessions.feed.value?.sessions.first?.sessionID == "new")
        #expect(state.book[.sessions].abandoned == 0)
    }

    @Test func aPollWithinPatienceIsLeftAlone() {
        var state = F.loaded()
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        let gen = state.book[.sessions].generation
        _ = F.reduce(&state, .timerFired(.clock, F.t0 + 4))
        #expect(state.book[.sessions].generation == gen)
    }
}
