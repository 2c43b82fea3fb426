import TerminalUI

extension Lobbies {
    /// The lobby panel's keys.
    static let bindings: [Binding] = [
        Binding([.char("/")], .lobbies, .filter, "filter", "Filter the lobbies by name, status or url"),
        Binding([.enter], .lobbies, .open, "detail", "Open the lobby's detail in the detail pane: status and how long, deploy time, its events, what it allows (Esc closes)"),
        Binding([.char("n")], .lobbies, .createLobby, "new", "Create a lobby (name prompt)"),
        Binding([.char("d")], .lobbies, .deployLobby, "deploy", "Deploy the selected lobby (not one deployed or moving)"),
        Binding([.char("T")], .lobbies, .terminateLobby, "terminate", "Terminate the selected lobby (confirm; not one never deployed)"),
        Binding([.char("D")], .lobbies, .deleteLobby, "delete", "Delete the selected lobby (confirm)"),
    ]
}
