/// What the terminal loop hands a program.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    /// The terminal now has this size (SIGWINCH / KEY_RESIZE, or the first size at start).
    case resize(width: Int, height: Int)
    /// Work posted from another thread is waiting (see `WakeSignal`).
    case wake
    /// The process came back from a suspend (SIGCONT): the whole screen will be repainted.
    case resumed
}

/// Wakes the terminal loop from any thread; the loop then delivers `.wake`.
public protocol WakeSignal: Sendable {
    func wake()
}

/// What the terminal loop drives. Every call happens on the terminal thread.
public protocol TerminalProgram: AnyObject {
    /// Handles one event; returns false to quit.
    func handle(_ event: TerminalEvent) -> Bool
    /// True when the next frame would differ from the last one drawn.
    var needsFrame: Bool { get }
    /// Draws a whole frame into `buffer` (already sized to the terminal and blank).
    func draw(into buffer: inout Buffer)
    /// The loop is ending for `reason` without the program having asked (a signal, the terminal gone): the last
    /// chance to finish what must not be lost. Called once, on the terminal thread, before the terminal is restored.
    func stopped(_ reason: ExitReason)
}

extension TerminalProgram {
    public func stopped(_ reason: ExitReason) {}
}
