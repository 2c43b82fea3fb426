import TerminalUI

extension Lobbies {
    /// The lobby panel's keys.
    static let bindings: [Binding] = [
        Binding([.char("n")], .lobbies, .createLobby, "new", "Create a lobby (name prompt)"),
        Binding([.char("d")], .lobbies, .deployLobby, "deploy", "Deploy the selected lobby"),
        Binding([.char("T")], .lobbies, .terminateLobby, "terminate", "Terminate the selected lobby (confirm)"),
        Binding([.char("D")], .lobbies, .deleteLobby, "delete", "Delete the selected lobby (confirm)"),
    ]
}
