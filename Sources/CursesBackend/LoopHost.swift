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
    private let target = Mutex<(@Sendable () -> Void)?>(nil)

    public init() {}

    public func wake() { target.withLock { $0 }?() }

    func connect(_ body: @escaping @Sendable () -> Void) { target.withLock { $0 = body } }
}
