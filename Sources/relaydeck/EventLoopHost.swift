import CursesBackend
import NIOCore

/// The event loop as the dashboard's terminal loop's thread (see `HostedTerminalLoop`).
struct EventLoopHost: LoopHost {
    let loop: any EventLoop

    func execute(_ body: @escaping @Sendable () -> Void) { loop.execute(body) }

    func schedule(milliseconds: Int64, _ body: @escaping @Sendable () -> Void) -> @Sendable () -> Void {
        let task = loop.scheduleTask(in: .milliseconds(milliseconds), body)
        return { task.cancel() }
    }
}
