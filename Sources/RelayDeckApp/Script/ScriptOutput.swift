import Dashboard
import EdgegapAPI

/// What a scripting command produced: the text for stdout and stderr, and the exit code.
public struct ScriptOutput: Sendable, Equatable {
    /// Text for standard output.
    public var stdout: String
    /// Text for standard error.
    public var stderr: String
    /// The exit code.
    public var exit: ScriptExit

    /// An output with the given parts.
    public init(stdout: String = "", stderr: String = "", exit: ScriptExit = .success) {
        self.stdout = stdout
        self.stderr = stderr
        self.exit = exit
    }

    /// A usage problem: the message on stderr, exit 2.
    public static func usage(_ message: String) -> ScriptOutput {
        ScriptOutput(stderr: "relaydeck: \(message)\n", exit: .usage)
    }

    /// An API or transport failure: the (cleaned) message on stderr, exit 3 or 4.
    public static func failure(_ error: APIError) -> ScriptOutput {
        ScriptOutput(stderr: "relaydeck: \(UntrustedText.clean(error.description, limit: 400))\n", exit: ScriptExit(error))
    }
}

extension ScriptExit {
    /// 4 for failures below HTTP (no answer), 3 for answers that are errors.
    public init(_ error: APIError) {
        switch error {
        case .transport, .cancelled: self = .transport
        default: self = .api
        }
    }
}
