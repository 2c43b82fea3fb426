import TerminalUI

extension ExitReason {
    /// Why the dashboard left, in the words of the audit log and the log file: `quit`, `interrupted (SIGINT)`,
    /// `hang-up (SIGHUP)`, `terminated (SIGTERM)`.
    public var why: String {
        switch self {
        case .quit: "quit"
        case .interrupted: "interrupted (SIGINT)"
        case .hangup: "hang-up (SIGHUP)"
        case .terminated: "terminated (SIGTERM)"
        }
    }
}
