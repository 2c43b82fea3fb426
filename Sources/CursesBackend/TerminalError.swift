/// Why the terminal could not be set up. The message is meant for the user, printed after restore.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `newterm` failed: TERM is unset or has no terminfo entry.
    case unknownTerminal(String)
    /// The terminal cannot address the cursor (TERM=dumb, or no `cup`).
    case notCapable(String)
    /// Standard input or output is not a terminal (redirected to a file or a pipe).
    case notATerminal
    /// A system call failed.
    case system(String)

    public var description: String {
        switch self {
        case .unknownTerminal(let term):
            return term.isEmpty
                ? "TERM is not set; set it to your terminal type (e.g. xterm-256color)."
                : "unknown terminal type TERM=\(term): no terminfo entry; try TERM=xterm-256color."
        case .notCapable(let term):
            return "terminal TERM=\(term) cannot move the cursor (no 'cup' capability); a full-screen dashboard needs one."
        case .notATerminal:
            return "standard input and output must be a terminal (not a pipe or a file)."
        case .system(let what):
            return "terminal setup failed: \(what)"
        }
    }
}
