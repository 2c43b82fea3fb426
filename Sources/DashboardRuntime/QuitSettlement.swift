import Dispatch
import Synchronization

/// The last work of a quit (waiting a bounded time for answers in flight, then auditing the rest), on a thread of its
/// own: the answers it waits for may need the thread that asked to quit. Whoever must not go before it is done —
/// the terminal loop, a test — waits for it here.
final class QuitSettlement: Sendable {
    private struct State {
        var started = false
        var done = false
        var waiting: [@Sendable () -> Void] = []
    }
    private let state = Mutex(State())
    private let finished = DispatchSemaphore(value: 0)

    /// Runs `work` on a thread of its own, once (a second quit adds nothing).
    func begin(_ work: @escaping @Sendable () -> Void) {
        guard state.withLock({ s in defer { s.started = true }; return !s.started }) else { return }
        DetachedThread.start { [self] in
            work()
            let waiting = state.withLock { s in
                s.done = true
                defer { s.waiting = [] }
                return s.waiting
            }
            for body in waiting { body() }
            finished.signal()
        }
    }

    /// Calls `body` once the work is done (at once when there is none, or it is done), on any thread.
    func whenDone(_ body: @escaping @Sendable () -> Void) {
        let now = state.withLock { s in
            if !s.started || s.done { return true }
            s.waiting.append(body)
            return false
        }
        if now { body() }
    }

    /// Blocks until the work is done (at once when there is none). Never on a thread the work waits for.
    func wait() {
        guard state.withLock({ $0.started && !$0.done }) else { return }
        finished.wait()
        finished.signal()
    }
}
