import TerminalUI

extension CursesTerminal {
    /// Opens the terminal, builds the program from the detected capabilities and a waker, runs the loop,
    /// and always restores the terminal before returning or throwing. Call from the thread that should
    /// own curses (not from a cooperative-pool task: the loop blocks in `poll`).
    public static func run(
        options: TerminalOptions = TerminalOptions(),
        makeProgram: (TerminalCapabilities, any WakeSignal) throws -> any TerminalProgram
    ) throws -> ExitReason {
        let terminal = try CursesTerminal(options: options)
        defer { terminal.close() }
        let program = try makeProgram(terminal.capabilities, PipeWaker())
        return TerminalLoop.run(
            program: program, terminal: terminal,
            pacer: FramePacer(framesPerSecond: options.framesPerSecond),
            repaintKey: options.repaintKey)
    }
}
