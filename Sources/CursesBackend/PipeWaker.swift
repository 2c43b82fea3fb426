import CTerminal
import TerminalUI

/// Wakes the terminal loop from any thread by writing one byte to its self-pipe.
public struct PipeWaker: WakeSignal {
    /// A waker for the process-wide pipe (created on first use).
    public init() {
        _ = rd_term_open_pipe()
    }

    /// Makes the loop deliver `.wake` soon; many wakes before the loop runs collapse into one.
    public func wake() {
        rd_term_wake()
    }
}
