import TerminalUI

/// The terminal loop as steps, for whoever does the waiting: each step handles what came in, draws when a frame is
/// owed (at most at the pacer's rate), and says what to wait for next. `TerminalLoop.run` drives it with a blocking
/// wait; `HostedTerminalLoop` from an event loop, where the HTTP client's I/O is.
public final class TerminalSteps {
    /// What the driver does next.
    public enum Next: Equatable {
        /// Wait for input, a wake-up or a signal, at most this many milliseconds (-1: no limit); then `step`.
        case wait(milliseconds: Int32)
        /// Run this with the screen put away; then `cameBack`.
        case outside(id: Int)
        /// The loop is over.
        case stop(ExitReason)
    }

    let program: TerminalProgram
    let terminal: TerminalDevice
    private var pacer: FramePacer
    private let repaintKey: Key?
    private let now: () -> Duration
    /// Set when the screen must be redrawn whatever the program says (start, resize, resume, repaint key).
    private var forced = true
    /// The work `.outside` named, until it comes back.
    public private(set) var outsideWork: WorkOutside?

    public init(program: TerminalProgram, terminal: TerminalDevice, pacer: FramePacer, repaintKey: Key?,
                now: @escaping () -> Duration) {
        self.program = program
        self.terminal = terminal
        self.pacer = pacer
        self.repaintKey = repaintKey
        self.now = now
    }

    /// Delivers `.resize` with the start size, then draws.
    public func start() -> Next {
        let size = terminal.size
        guard program.handle(.resize(width: size.width, height: size.height)) else { return .stop(.quit) }
        return advance()
    }

    /// Handles what one wait produced.
    public func step(_ input: DeviceInput) -> Next {
        for event in input.events {
            switch event {
            case .resize, .resumed:
                forced = true
            case .key(let key) where key == repaintKey:
                terminal.invalidate()
                forced = true
            default:
                break
            }
            if !program.handle(event) { return .stop(.quit) }
        }
        if let stop = input.stop {
            program.stopped(stop)
            return .stop(stop)
        }
        if program.untilNextTimer == .zero, !input.events.contains(.wake), !program.handle(.wake) { return .stop(.quit) }
        return advance()
    }

    /// The work outside ended with `status`: the screen is the program's again.
    public func cameBack(status: Int32) -> Next {
        guard let work = outsideWork else { return advance() }
        outsideWork = nil
        forced = true
        if !program.handle(.cameBack(id: work.id, status: status)) { return .stop(.quit) }
        let size = terminal.size
        // The size may have changed while the program had the terminal.
        if !program.handle(.resize(width: size.width, height: size.height)) { return .stop(.quit) }
        return advance()
    }

    /// Draws while a frame is due, then says how long to wait.
    private func advance() -> Next {
        while true {
            let decision = pacer.decide(frameOwed: forced || program.needsFrame, now: now())
            if decision == .drawNow {
                let size = terminal.size
                var buffer = Buffer(width: size.width, height: size.height)
                program.draw(into: &buffer)
                terminal.present(buffer)
                pacer.recordFrame(at: now())
                forced = false
                continue
            }
            terminal.setMouseReporting(program.wantsMouse)
            if let work = program.takeWorkOutside() {
                outsideWork = work
                return .outside(id: work.id)
            }
            var timeout = FramePacer.pollTimeout(for: decision)
            if let timer = program.untilNextTimer {
                // Rounded up: woken a little early, the loop would find nothing due and wait again.
                let ms = Int32(clamping: (timer.components.seconds * 1000) + (timer.components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
                timeout = timeout < 0 ? ms : min(timeout, ms)
            }
            return .wait(milliseconds: timeout)
        }
    }
}
