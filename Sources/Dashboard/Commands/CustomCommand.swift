import TerminalUI

/// An operator's own action (`commands:` in config.yaml, k9s-plugin style): a program run on the selected session,
/// user or lobby, with the target's values as arguments and `RELAYDECK_*` variables — never through a shell unless the
/// command itself is `sh -c`.
public struct CustomCommand: Sendable, Equatable {
    /// What it acts on (and so where its key works: a session in the list and the detail, a user in the detail, a
    /// lobby in the lobby pane).
    public enum Scope: String, Sendable, CaseIterable {
        case session, user, lobby
    }

    /// Foreground: the screen is put away and the program has the terminal until it ends. Background: it runs
    /// beside the dashboard, its output captured into the message history.
    public enum Mode: String, Sendable, CaseIterable {
        case foreground, background
    }

    public var name: String
    public var key: Key
    public var scope: Scope
    public var program: String
    /// Each element one argument; `{placeholder}`s are replaced by the target's raw values.
    public var arguments: [String]
    public var confirm: Bool
    public var mode: Mode
    /// It may run on a read-only profile (`read_only: allowed`); refused there otherwise.
    public var readOnlyAllowed: Bool
    /// A line of help (`description:`), else the program.
    public var help: String?
    /// Where its config said it (for errors about it).
    public var line: Int?

    public init(name: String, key: Key, scope: Scope, program: String, arguments: [String] = [], confirm: Bool = false,
                mode: Mode = .background, readOnlyAllowed: Bool = false, help: String? = nil) {
        self.name = name
        self.key = key
        self.scope = scope
        self.program = program
        self.arguments = arguments
        self.confirm = confirm
        self.mode = mode
        self.readOnlyAllowed = readOnlyAllowed
        self.help = help
    }

    /// The placeholders a scope's target has values for.
    public static func placeholders(_ scope: Scope) -> [String] {
        let common = ["profile", "api_host"]
        let session = ["session_id", "session_status", "session_token", "relay_ip", "relay_host", "server_port", "client_port"]
        return switch scope {
        case .session: session + common
        case .user: session + ["user_ip", "user_token"] + common
        case .lobby: ["lobby_name", "lobby_status", "lobby_url"] + common
        }
    }

    /// The `{name}`s `text` uses.
    public static func names(in text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// The panes its key works in.
    public var panes: [Pane] {
        switch scope {
        case .session: [.sessions, .detail]
        case .user: [.detail]
        case .lobby: [.lobbies]
        }
    }
}
