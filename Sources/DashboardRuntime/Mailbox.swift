import Dashboard
import Synchronization
import TerminalUI

/// Actions posted by async work for the terminal thread, which drains them on `.wake`.
public final class Mailbox: Sendable {
    private let queue = Mutex<[Action]>([])
    private let waker: any WakeSignal

    public init(waker: any WakeSignal) { self.waker = waker }

    /// Queues an action and wakes the loop. Callable from any thread.
    public func post(_ action: Action) {
        queue.withLock { $0.append(action) }
        waker.wake()
    }

    /// Takes every queued action, oldest first.
    public func drain() -> [Action] {
        queue.withLock { q in
            let out = q
            q.removeAll(keepingCapacity: true)
            return out
        }
    }

    /// True when nothing is queued.
    public var isEmpty: Bool { queue.withLock { $0.isEmpty } }
}
