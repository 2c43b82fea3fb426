@testable import Dashboard
import DashboardTestSupport
import EdgegapAPI
import Foundation
import Testing

/// How long an outage lasted, as the `api-back` event and the message line say it.
@Suite struct APIHealthTests {
    typealias F = Fixtures

    @Test func anOutageCountsFromItsFirstFailureNotFromAGoodAnswerHoursBefore() {
        var state = F.loaded()
        // The last good answer an hour ago (a laptop asleep); then polls fail, the probe confirms, the API answers.
        let later = F.t0 + 3600
        for at in [later, later + 4] {
            _ = F.reduce(&state, .timerFired(.poll(.sessions), at))
            _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                 .failure(.server(status: 503, message: nil)), at: at))
        }
        for at in [later + 4.5, later + 5] {
            _ = F.reduce(&state, .timerFired(.probe, at))
            _ = F.reduce(&state, .probed(generation: state.book.probe.generation, .transport(.connectFailed, detail: "refused"), at: at))
        }
        #expect(state.model.health.downSince != nil)
        _ = F.reduce(&state, .timerFired(.poll(.sessions), later + 20))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page([F.session("s-alpha")], number: 1, numPages: 1)), at: later + 20))
        #expect(state.model.events.events.last?.kind == .apiBack)
        #expect(state.model.events.events.last?.detail == "after 20s", "\(state.model.events.events.last!)")
    }
}
