import DashboardRuntime
import Synchronization
import Testing
import TerminalUI

/// The terminal loop's timers: the next deadline for the loop's wait, a wake when a new earliest one is set, due
/// timers run in order, timers due within the slack run together, a cancelled one never.
@Suite struct LoopTimersTests {
    final class CountingWaker: WakeSignal, Sendable {
        let count = Mutex(0)
        func wake() { count.withLock { $0 += 1 } }
    }

    @Test func deadlinesWakesAndOrder() throws {
        let waker = CountingWaker()
        let timers = LoopTimers(waker: waker)
        #expect(timers.untilNext == nil)
        let fired = Mutex<[String]>([])
        _ = timers.schedule(after: 30) { fired.withLock { $0.append("late") } }
        #expect(waker.count.withLock { $0 } == 1)
        let left = try #require(timers.untilNext)
        #expect(left > .seconds(29) && left <= .seconds(30))
        // A later timer is no new earliest: no wake.
        _ = timers.schedule(after: 60) { fired.withLock { $0.append("later") } }
        #expect(waker.count.withLock { $0 } == 1)
        let cancelled = timers.schedule(after: 0) { fired.withLock { $0.append("cancelled") } }
        _ = timers.schedule(after: 0) { fired.withLock { $0.append("now") } }
        cancelled.cancel()
        #expect(timers.untilNext == .zero)
        timers.fireDue()
        #expect(fired.withLock { $0 } == ["now"])
        #expect(try #require(timers.untilNext) > .seconds(29))
    }

    /// Two polls set 50 ms apart run on one wake-up; one a second later waits for its own.
    @Test func timersWithinTheSlackRunTogether() {
        let timers = LoopTimers(waker: CountingWaker())
        let fired = Mutex<[Int]>([])
        _ = timers.schedule(after: 0) { fired.withLock { $0.append(1) } }
        _ = timers.schedule(after: 0.05) { fired.withLock { $0.append(2) } }
        _ = timers.schedule(after: 1) { fired.withLock { $0.append(3) } }
        timers.fireDue()
        #expect(fired.withLock { $0 } == [1, 2])
        #expect(timers.untilNext.map { $0 > .milliseconds(500) } == true)
    }
}
