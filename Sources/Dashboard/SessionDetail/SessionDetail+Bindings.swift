import TerminalUI

extension SessionDetail {
    /// The detail pane's keys.
    static let bindings: [Binding] = [
        Binding([.char("D")], .detail, .deleteSession, "delete", "Delete this session (confirm)"),
        Binding([.char("a")], .detail, .authorizeUser, "authorize", "Authorize a user IP on this session"),
        Binding([.char("x")], .detail, .revokeUser, "revoke", "Revoke the selected user (confirm)"),
        Binding([.char("Y")], .detail, .copyToken, "copy token", "Copy the selected user's token (the session's on a field)", footer: false),
    ]
}
