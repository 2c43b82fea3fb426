/// What the terminal loop hands a program.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    /// A mouse report (only while the program asks for them: `TerminalProgram.wantsMouse`).
    case mouse(Mouse)
    /// The terminal now has this size (SIGWINCH / KEY_RESIZE, or the first size at start).
    case resize(width: Int, height: Int)
    /// Work posted from another thread is waiting (see `WakeSignal`).
    case wake
    /// The process came back from a suspend (SIGCONT): the whole screen will be repainted.
    case resumed
    /// Work the program handed out with `takeWorkOutside` ran on the bare terminal and ended with this answer.
    case cameBack(id: Int, status: Int32)
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
    /// True while the program wants mouse reports (the loop turns the terminal's reporting on and off to match).
    var wantsMouse: Bool { get }
    /// Work that needs the bare terminal (a program the user runs in the foreground): the loop leaves curses, runs
    /// it, takes the screen back and answers with `.cameBack`. Nil when there is none.
    func takeWorkOutside() -> WorkOutside?
    /// How long until the program's next timer is due (nil: none). The loop waits no longer than that, then delivers
    /// `.wake`, so timers need no thread of their own.
    var untilNextTimer: Duration? { get }
    /// Calls `done` (on any thread) once what must be finished before the terminal is given back is finished: the
    /// audit of what was still in flight when the program quit. A loop on a thread that also carries those answers
    /// waits for it here instead of blocking.
    func whenSettled(_ done: @escaping @Sendable () -> Void)
}

extension TerminalProgram {
    public var untilNextTimer: Duration? { nil }
}

/// A job run with curses put away: the terminal is the job's until it returns its exit status.
public struct WorkOutside: Sendable {
    public var id: Int
    public var run: @Sendable () -> Int32

    public init(id: Int, run: @escaping @Sendable () -> Int32) {
        self.id = id
        self.run = run
    }
}

extension TerminalProgram {
    public func whenSettled(_ done: @escaping @Sendable () -> Void) { done() }
    public func stopped(_ reason: ExitReason) {}
    public var wantsMouse: Bool { false }
    public func takeWorkOutside() -> WorkOutside? { nil }
}
