import Dashboard
import EdgegapAPI
import FoundationEssentials
import Logging
import Synchronization
import TerminalUI

/// The polling model without a terminal: the same reducer and the same effect interpreter as the dashboard, driven
/// by `relaydeck watch`, `relaydeck exporter` and `relaydeck sessions find` (`DashboardConfig.front` says which
/// feeds it polls). Actions come through a mailbox whose wake-ups an async loop awaits; nothing polls or spins.
public final class ModelProgram: @unchecked Sendable {
    // `state` is touched only by `run`'s loop (one task): that is what makes the class safe to share.
    public private(set) var state: AppState
    public let runner: EffectRunner
    private let mailbox: Mailbox
    private let wakes: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let clock: @Sendable () -> Date
    private let stopping = Mutex<ExitReason?>(nil)

    /// A model for `config` on `api`, with the runner's `services` (events file, observer) and `timers`.
    public init(config: DashboardConfig, api: any P2PAPI, services: RuntimeServices = RuntimeServices(),
                timers: any TimerScheduling = TaskTimers(), jitter: Double = 0.1, clock: @escaping @Sendable () -> Date = { Date() }) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        wakes = stream
        self.continuation = continuation
        mailbox = Mailbox(waker: ContinuationWaker(continuation: continuation))
        // The log says which front wrote a line (`relaydeck.watch`, `relaydeck.exporter`, `relaydeck.find`).
        runner = EffectRunner(api: api, mailbox: mailbox, services: services, jitter: jitter, timers: timers,
                              logger: Logger(label: "relaydeck.\(config.front.rawValue)"), clock: clock)
        state = AppState(config: config, now: clock())
        self.clock = clock
    }

    /// Starts the model and takes every action until `observe` returns false or `stop` is called; returns why it
    /// ended. `observe` sees each action after the reducer took it, with the state it left.
    public func run(_ observe: (Action, AppState) -> Bool = { _, _ in true }) async -> ExitReason {
        guard dispatch(.start(clock()), observe) else { return finish(.quit) }
        for await _ in wakes {
            if let reason = stopping.withLock({ $0 }) { return finish(reason) }
            for action in mailbox.drain() {
                guard dispatch(action, observe) else { return finish(.quit) }
            }
        }
        return finish(stopping.withLock { $0 } ?? .quit)
    }

    /// Ends `run` (a signal): what is in flight is written off as for the dashboard. Callable from any thread.
    public func stop(_ reason: ExitReason) {
        stopping.withLock { $0 = $0 ?? reason }
        continuation.yield()
    }

    private func dispatch(_ action: Action, _ observe: (Action, AppState) -> Bool) -> Bool {
        runner.perform(Reducer.reduce(&state, action))
        return observe(action, state)
    }

    private func finish(_ reason: ExitReason) -> ExitReason {
        runner.perform(Reducer.reduce(&state, .stop(reason, at: clock())))
        continuation.finish()
        return reason
    }
}

/// Wakes `ModelProgram.run` through its stream.
struct ContinuationWaker: WakeSignal {
    let continuation: AsyncStream<Void>.Continuation
    func wake() { continuation.yield() }
}
