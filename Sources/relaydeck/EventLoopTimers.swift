import DashboardRuntime
import NIOCore
import NIOPosix

/// The dashboard's timers on NIO's event loop, the one the HTTP client already runs: an idle dashboard then
/// sleeps in that loop's epoll and nowhere else (`Task.sleep` would start Swift's thread pool and its 1 Hz monitor).
struct EventLoopTimers: TimerScheduling {
    let loop: any EventLoop

    init(loop: any EventLoop = MultiThreadedEventLoopGroup.singleton.next()) { self.loop = loop }

    func schedule(after seconds: Double, _ body: @escaping @Sendable () -> Void) -> TimerHandle {
        let scheduled = loop.scheduleTask(in: .nanoseconds(Int64(max(0, seconds) * 1_000_000_000))) { body() }
        return TimerHandle { scheduled.cancel() }
    }
}
