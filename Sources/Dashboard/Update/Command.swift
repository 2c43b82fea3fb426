/// What a key binding does. Keys map to commands through `Bindings`; the reducer runs commands.
public enum Command: String, Sendable, Equatable, CaseIterable {
    case quit, help, refresh, nextPane, previousPane, back, messages
    case up, down, pageUp, pageDown, top, bottom, previousPage, nextPage, open
    case filter, jump, sort, reverseSort, cycleTheme, copy, exportCSV, exportJSON
    case createSession, deleteSession, authorizeUser, revokeUser
    case createLobby, deployLobby, terminateLobby, deleteLobby

    /// True for commands that change something through the API (hidden and refused in read-only mode).
    public var isMutating: Bool {
        switch self {
        case .createSession, .deleteSession, .authorizeUser, .revokeUser,
             .createLobby, .deployLobby, .terminateLobby, .deleteLobby: true
        default: false
        }
    }
}
