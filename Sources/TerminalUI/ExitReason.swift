/// Why the terminal loop ended; the caller picks the exit code.
public enum ExitReason: Sendable, Equatable {
    /// The program asked to quit.
    case quit
    /// The terminal went away: SIGHUP, or the input reported hang-up or error.
    case hangup
    /// SIGINT.
    case interrupted
    /// SIGTERM.
    case terminated

    /// The conventional exit status: 0, or 128 plus the signal number.
    public var exitCode: Int32 {
        switch self {
        case .quit: return 0
        case .hangup: return 129
        case .interrupted: return 130
        case .terminated: return 143
        }
    }
}
