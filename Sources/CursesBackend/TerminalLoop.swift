import TerminalUI

/// Runs a `TerminalProgram` on a `TerminalDevice`: events in, paced frames out, nothing while idle.
public enum TerminalLoop {
    /// Delivers `.resize` with the start size, then events; draws when the program owes a frame, at most at
    /// the pacer's rate. Blocks without a timeout whenever no frame is owed. Returns why it stopped.
    public static func run(
        program: TerminalProgram,
        terminal: TerminalDevice,
        pacer: FramePacer = FramePacer(),
        repaintKey: Key? = .ctrl("l"),
        now: @escaping () -> Duration = TerminalLoop.monotonicNow
    ) -> ExitReason {
        let steps = TerminalSteps(program: program, terminal: terminal, pacer: pacer, repaintKey: repaintKey, now: now)
        var next = steps.start()
        while true {
            switch next {
            case .wait(let timeout):
                next = steps.step(terminal.waitForInput(timeoutMilliseconds: timeout))
            case .outside:
                let status = steps.outsideWork.map { terminal.runOutside($0.run) } ?? 0
                next = steps.cameBack(status: status)
            case .stop(let reason):
                return reason
            }
        }
    }

    /// Time since an arbitrary fixed origin, from the monotonic clock.
    public static func monotonicNow() -> Duration {
        ContinuousClock.now - origin
    }

    private static let origin = ContinuousClock.now
}
