import Synchronization
import TerminalUI

/// Where a hosted terminal loop runs: a thread that also serves other work (an event loop).
public protocol LoopHost: Sendable {
    /// Runs `body` on the host's thread soon; called from that thread, after what it is doing, without a wake-up.
    func execute(_ body: @escaping @Sendable () -> Void)
    /// Runs `body` on the host's thread after `milliseconds`; the closure returned cancels it.
    func schedule(milliseconds: Int64, _ body: @escaping @Sendable () -> Void) -> @Sendable () -> Void
}

/// The wake-up a hosted loop hands its program (for the mailbox and the timers): a turn of the loop on the host,
/// queued once however many wake-ups come before it runs.
public final class HostWaker: WakeSignal {
    /// The closure sits in a concrete struct, not bare in the `Mutex`: a bare closure is kept there at the generic
    /// abstraction, and `withLock`'s `inout` wrapped it in two more reabstraction thunks at every read, so each wake-up
    /// called through a chain as long as the wake-ups before it (CPU and memory growing with the hours it ran).
    private struct Target: Sendable {
        let body: @Sendable () -> Void
    }
    private let target = Mutex<Target?>(nil)

    public init() {}

    public func wake() { target.withLock { $0 }?.body() }

    func connect(_ body: @escaping @Sendable () -> Void) { target.withLock { $0 = Target(body: body) } }
}
