import TerminalUI

/// Runs a `TerminalProgram` on a `TerminalDevice`: events in, paced frames out, nothing while idle.
public enum TerminalLoop {
    /// Delivers `.resize` with the start size, then events; draws when the program owes a frame, at most at
    /// the pacer's rate. Blocks without a timeout whenever no frame is owed. Returns why it stopped.
    public static func run(
        program: TerminalProgram,
        terminal: TerminalDevice,
        pacer initialPacer: FramePacer = FramePacer(),
        repaintKey: Key? = .ctrl("l"),
        now: () -> Duration = TerminalLoop.monotonicNow
    ) -> ExitReason {
        var pacer = initialPacer
        // Set when the screen must be redrawn whatever the program says (start, resize, resume, repaint key).
        var forced = true
        let start = terminal.size
        if !program.handle(.resize(width: start.width, height: start.height)) { return .quit }
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
                let status = terminal.runOutside(work.run)
                forced = true
                if !program.handle(.cameBack(id: work.id, status: status)) { return .quit }
                let size = terminal.size
                // The size may have changed while the program had the terminal.
                if !program.handle(.resize(width: size.width, height: size.height)) { return .quit }
                continue
            }
            var timeout = FramePacer.pollTimeout(for: decision)
            if let timer = program.untilNextTimer {
                // Rounded up: woken a little early, the loop would find nothing due and wait again.
                let ms = Int32(clamping: (timer.components.seconds * 1000) + (timer.components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
                timeout = timeout < 0 ? ms : min(timeout, ms)
            }
            let input = terminal.waitForInput(timeoutMilliseconds: timeout)
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
                if !program.handle(event) { return .quit }
            }
            if let stop = input.stop {
                program.stopped(stop)
                return stop
            }
            if program.untilNextTimer == .zero, !input.events.contains(.wake), !program.handle(.wake) { return .quit }
        }
    }

    /// Time since an arbitrary fixed origin, from the monotonic clock.
    public static func monotonicNow() -> Duration {
        ContinuousClock.now - origin
    }

    private static let origin = ContinuousClock.now
}
