import CTerminal
import Dispatch
import Glibc
import Synchronization
import TerminalUI

/// The terminal loop run on a host's thread (the event loop where the HTTP client's I/O and Swift's tasks are), so an
/// answer is reduced and drawn by the thread that read it: one wake-up where a terminal thread of its own made two. A
/// watcher thread only waits for the terminal to be readable (and runs foreground work with the screen put away);
/// keys are read, reduced and drawn on the host, where every curses call is.
public final class HostedTerminalLoop: @unchecked Sendable {
    // On the host's thread only (the watcher touches `shared` and the semaphore): hence unchecked.
    private let steps: TerminalSteps
    private let terminal: CursesTerminal
    private let host: any LoopHost
    private let onEnd: @Sendable (ExitReason) -> Void
    private var cancelTimer: (@Sendable () -> Void)?
    private var timerAt: ContinuousClock.Instant?
    private var outside = false
    private var finished = false

    private struct Shared {
        var job: WorkOutside?
        var done = false
    }
    private let shared = Mutex(Shared())
    private let turnQueued = Atomic<Bool>(false)
    /// The watcher waits on it until the host has read what made the terminal readable (polling first would spin).
    private let handedOver = DispatchSemaphore(value: 0)

    /// Opens the terminal and runs `makeProgram`'s program until it ends, then restores the terminal and calls `onEnd`
    /// (on the host's thread); `thread` starts the watcher on a thread of its own. Call on the host's thread; throws
    /// what opening the terminal or making the program threw.
    public static func start(options: TerminalOptions, host: any LoopHost,
                             thread: (@escaping @Sendable () -> Void) -> Void,
                             makeProgram: (TerminalCapabilities, any WakeSignal) throws -> any TerminalProgram,
                             onEnd: @escaping @Sendable (ExitReason) -> Void) throws {
        let terminal = try CursesTerminal(options: options)
        let waker = HostWaker()
        let program: any TerminalProgram
        do { program = try makeProgram(terminal.capabilities, waker) } catch {
            terminal.close()
            throw error
        }
        let steps = TerminalSteps(program: program, terminal: terminal,
                                  pacer: FramePacer(framesPerSecond: options.framesPerSecond),
                                  repaintKey: options.repaintKey, now: TerminalLoop.monotonicNow)
        let loop = HostedTerminalLoop(steps: steps, terminal: terminal, host: host, onEnd: onEnd)
        waker.connect { [weak loop] in loop?.turnSoon() }
        _ = PipeWaker()  // the self-pipe the signal handlers write to, which the watcher polls
        thread { loop.watch() }
        loop.apply(steps.start())
    }

    private init(steps: TerminalSteps, terminal: CursesTerminal, host: any LoopHost, onEnd: @escaping @Sendable (ExitReason) -> Void) {
        self.steps = steps
        self.terminal = terminal
        self.host = host
        self.onEnd = onEnd
    }

    /// A turn on the host soon, once for any number of calls before it runs.
    private func turnSoon() {
        guard !turnQueued.exchange(true, ordering: .acquiringAndReleasing) else { return }
        host.execute { [self] in
            turnQueued.store(false, ordering: .releasing)
            turn(wake: true)
        }
    }

    /// A turn of the loop: for the watcher, what the terminal has (keys, signals, the pipe), read without waiting;
    /// for a timer or the mailbox, a wake-up (the watcher hands over the terminal's input itself).
    private func turn(wake: Bool) {
        guard !finished, !outside else { return }
        apply(steps.step(wake ? DeviceInput(events: [.wake]) : terminal.waitForInput(timeoutMilliseconds: 0)))
    }

    private func apply(_ next: TerminalSteps.Next) {
        if case .wait(let ms) = next, ms >= 0, let at = timerAt {
            // The timer set already is due within a couple of milliseconds of this one: it stays (setting a timer on
            // the event loop at every turn was a sixth of an idle dashboard's CPU).
            let want = ContinuousClock.now + .milliseconds(Int(ms))
            if want - at < .milliseconds(3) && at - want < .milliseconds(3) { return }
        }
        cancelTimer?()
        cancelTimer = nil
        timerAt = nil
        switch next {
        case .wait(let ms):
            if ms >= 0 {
                timerAt = ContinuousClock.now + .milliseconds(Int(ms))
                cancelTimer = host.schedule(milliseconds: Int64(ms)) { [self] in
                    timerAt = nil
                    turn(wake: true)
                }
            }
        case .outside:
            // The watcher runs it: the host keeps serving the HTTP client (and the demo's emulator) meanwhile.
            outside = true
            shared.withLock { $0.job = steps.outsideWork }
            rd_term_wake()
        case .stop(let reason):
            finished = true
            // The watcher goes now (a hung-up terminal stays readable: it would hand over turns until the end).
            shared.withLock { $0.done = true }
            rd_term_wake()
            steps.program.whenSettled { [self] in
                host.execute { [self] in
                    terminal.close()
                    onEnd(reason)
                }
            }
        }
    }

    /// The watcher's thread: waits for the terminal (or the self-pipe) to be readable and hands the turn to the host;
    /// runs foreground work when the host asks for it. Returns once the loop is over.
    private func watch() {
        while true {
            _ = rd_term_poll(STDIN_FILENO, -1)
            let (job, done) = shared.withLock { s in
                defer { s.job = nil }
                return (s.job, s.done)
            }
            if done { return }
            if let job {
                let status = terminal.runOutside(job.run)
                host.execute { [self] in
                    outside = false
                    apply(steps.cameBack(status: status))
                }
                continue
            }
            host.execute { [self] in
                turn(wake: false)
                handedOver.signal()
            }
            handedOver.wait()
        }
    }
}
