import FoundationEssentials
import Synchronization
import TerminalUI

/// Timers kept by the terminal loop: the earliest deadline bounds its `poll` wait, and a due timer runs on the loop's
/// own thread. A timer then costs one wake-up of the one thread that handles what it fires, where a timer thread
/// (an event loop, the cooperative pool) would wake first and then wake the loop through the mailbox.
public final class LoopTimers: TimerScheduling {
    private struct Entry {
        var id: Int
        var deadline: ContinuousClock.Instant
        var body: @Sendable () -> Void
    }

    /// A handful of timers at most (the polls, the crawl, the clock): a list, read at every turn of the loop.
    private struct Book {
        var entries: [Entry] = []
        var next = 0
    }

    private let book = Mutex(Book())
    private let waker: any WakeSignal

    /// `waker` wakes the loop when a timer is set from another thread (its wait may be longer than the new deadline).
    public init(waker: any WakeSignal) { self.waker = waker }

    public func schedule(after seconds: Double, _ body: @escaping @Sendable () -> Void) -> TimerHandle {
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, seconds) * 1000))
        let (id, earliest) = book.withLock { b in
            b.next += 1
            let earliest = b.entries.allSatisfy { $0.deadline > deadline }
            b.entries.append(Entry(id: b.next, deadline: deadline, body: body))
            return (b.next, earliest)
        }
        // On the loop's thread this costs a pipe byte, not a wake-up: the loop reads it before it waits again.
        if earliest { waker.wake() }
        return TimerHandle { [weak self] in self?.book.withLock { $0.entries.removeAll { $0.id == id } } }
    }

    /// Time until the earliest timer is due (zero when one is overdue or due within `slack`); nil when none is set.
    public var untilNext: Duration? {
        let next = book.withLock { b in b.entries.min { $0.deadline < $1.deadline }?.deadline }
        return next.map { $0 - ContinuousClock.now <= Self.slack ? .zero : $0 - ContinuousClock.now }
    }

    /// Timers due this close after the one that woke the loop run with it: the page's and the lobbies' polls, set a
    /// few milliseconds apart by their answers, then cost one wake-up (and their requests leave together).
    public static let slack: Duration = .milliseconds(100)

    /// Runs the timers that are due or nearly (within `slack`), earliest first (outside the lock: a body may set the
    /// next timer).
    public func fireDue() {
        let now = ContinuousClock.now + Self.slack
        let due = book.withLock { b -> [Entry] in
            guard b.entries.contains(where: { $0.deadline <= now }) else { return [] }
            let due = b.entries.filter { $0.deadline <= now }.sorted { $0.deadline < $1.deadline }
            b.entries.removeAll { $0.deadline <= now }
            return due
        }
        for entry in due { entry.body() }
    }
}
