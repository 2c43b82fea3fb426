/// The exit codes of every `relaydeck` command (documented in `--help` and the README).
public enum ScriptExit: Int32, Sendable {
    /// Done.
    case success = 0
    /// `sessions find`: nothing matched (as grep).
    case noMatch = 1
    /// Usage or configuration error (bad flags, bad config, no key, refused confirmation).
    case usage = 2
    /// The API answered with an error (4xx/5xx, or a body it should not have sent).
    case api = 3
    /// No answer: transport failure, or a mutation whose outcome is unknown.
    case transport = 4

    /// The `--help` text describing the codes.
    public static let helpText = """
        Exit codes: 0 success; 1 no match (sessions find); 2 usage or configuration error; 3 API error (4xx/5xx); \
        4 transport error, or a mutation whose outcome is unknown.
        """
}
