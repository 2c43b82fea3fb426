import TerminalUI

extension SessionDetail {
    /// The detail pane's keys.
    static let bindings: [Binding] = [
        Binding([.char("D")], .detail, .deleteSession, "delete", "Delete this session (confirm)"),
        Binding([.char("a")], .detail, .authorizeUser, "authorize", "Authorize a user IP on this session"),
        Binding([.char("x")], .detail, .revokeUser, "revoke", "Revoke the selected user (confirm)"),
    ]
}
