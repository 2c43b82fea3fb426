@testable import Dashboard
import DashboardRuntime
import DashboardTestSupport
import EdgegapAPI
import Foundation
import Testing
import TerminalUI

private typealias F = Fixtures

/// What crawl pages owe the screen: their changes drawn within `crawlFrameDelay` (one frame for many pages), anything
/// else at once; bookkeeping no view draws owes nothing.
@Suite struct CrawlFrameTests {
    /// Never asked anything (and never deinitialised, which the HTTP client wants after a shutdown only).
    static let client = EdgegapClient(baseURL: "http://127.0.0.1:9", apiKey: APIKey("unused-key-0123456789"))

    /// A drawn, crawling dashboard whose crawl page 1 of 3 is out (nothing is ever sent: no effect here fetches).
    static func program(delay: Double) -> (DashboardProgram, LoopTimers) {
        let state = FleetSweepTests.crawling()
        let timers = LoopTimers(waker: LoopTimersTests.CountingWaker())
        let mailbox = Mailbox(waker: LoopTimersTests.CountingWaker())
        let runner = EffectRunner(api: Self.client, mailbox: mailbox, jitter: 0, timers: timers)
        let program = DashboardProgram(state: state, runner: runner, mailbox: mailbox, themes: [.mono], glyphs: .unicode,
                                       loopTimers: timers, crawlFrameDelay: delay)
        var buffer = Buffer(width: 120, height: 40)
        program.draw(into: &buffer)
        return (program, timers)
    }

    static func page(_ program: DashboardProgram, _ number: Int, prefix: String) -> Action {
        .fleetLoaded(generation: program.state.book[.fleet].generation, page: number,
                     .success(F.page(FleetSweepTests.names(prefix, 2), number: number, numPages: 3, total: 6)), at: F.t0)
    }

    @Test func aCrawlPageWaitsForItsFrameAndAKeyDoesNot() {
        let (program, timers) = Self.program(delay: 30)
        #expect(!program.needsFrame)
        program.dispatch(Self.page(program, 1, prefix: "a"))
        // The header's coverage moved, but the frame waits (a timer wakes the loop for it).
        #expect(program.state.fleet.index.pagesRead == 1)
        #expect(!program.needsFrame)
        #expect(timers.untilNext != nil)
        // A wake-up before its time (the crawl's next page is due first) does not draw it.
        _ = program.handle(.wake)
        #expect(!program.needsFrame)
        // Anything else that changes the screen draws it now, the crawl's change with it.
        _ = program.handle(.key(.char("?")))
        #expect(program.needsFrame)
    }

    @Test func theWaitingFrameIsDueAtItsTime() {
        let (program, _) = Self.program(delay: 0)
        program.dispatch(Self.page(program, 1, prefix: "a"))
        _ = program.handle(.wake)
        #expect(program.needsFrame)
    }

    /// The crawl's count of good pages and the census time change at every page; no view draws them.
    @Test func bookkeepingOwesNoFrame() {
        var a = FleetSweepTests.crawling()
        var b = a
        b.fleet.goodPages += 1
        b.fleet.lastCensus = F.t0
        #expect(a.drawn == b.drawn)
        a.totalsHistory = Array(repeating: 1000, count: 40)
        b.totalsHistory = Array(repeating: 1000, count: 41)
        // The sparkline shows the newest totals: a steady total shifts an equal window along.
        #expect(a.drawn == b.drawn)
        b.totalsHistory.append(999)
        #expect(a.drawn != b.drawn)
    }
}
