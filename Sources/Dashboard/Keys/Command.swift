/// What a key binding does. Keys map to commands through `Bindings`; the reducer runs commands. The raw value is
/// the command's stable action name (`relaydeck keys` prints it; a keymap file will name it).
public enum Command: String, Sendable, Equatable, CaseIterable {
    // Anywhere on the dashboard.
    case quit, help, refresh, messages, back, jump, copy
    case nextPane = "next-pane", previousPane = "previous-pane", cycleTheme = "cycle-theme"
    case exportCSV = "export-csv", exportJSON = "export-json"
    case up, down, top, bottom
    case copyToken = "copy-token"
    // The panes.
    case nextPage = "next-page", previousPage = "previous-page", firstPage = "first-page", lastPage = "last-page"
    case open, filter, sort
    case reverseSort = "reverse-sort"
    case createSession = "create-session", deleteSession = "delete-session"
    case authorizeUser = "authorize-user", revokeUser = "revoke-user"
    case createLobby = "create-lobby", deployLobby = "deploy-lobby"
    case terminateLobby = "terminate-lobby", deleteLobby = "delete-lobby"
    case problems, timeline, pin, unpin, audit, repaint
    case toggleMouse = "toggle-mouse"
    case mark, clearMarks = "clear-marks", markKind = "mark-kind"
    case pause
    case switchProfile = "profile", goToPage = "page"
    case warningsOnly = "warnings-only"
    // Confirmation dialogs.
    case switchButton = "switch-button", choose
    // Prompts and the form.
    case submit, cancel
    case nextField = "next-field", previousField = "previous-field"
    case nextOption = "next-option", previousOption = "previous-option"
    // Help, the message history and the audit log.
    case scrollDown = "scroll-down", scrollUp = "scroll-up"
    case scrollPageDown = "scroll-page-down", scrollPageUp = "scroll-page-up", close
    // Editing a text field.
    case cursorLeft = "cursor-left", cursorRight = "cursor-right"
    case lineStart = "line-start", lineEnd = "line-end"
    case deleteBack = "delete-back", deleteForward = "delete-forward"
    case clearToStart = "clear-to-start", clearToEnd = "clear-to-end", deleteWord = "delete-word"

    /// How far a cursor command moves (Home and End as far as there is), or nil for any other command.
    public var moveDelta: Int? {
        switch self {
        case .up: -1
        case .down: 1
        case .top: Int.min / 2
        case .bottom: Int.max / 2
        default: nil
        }
    }

    /// True for commands that change something through the API (hidden and refused in read-only mode).
    public var isMutating: Bool {
        switch self {
        case .createSession, .deleteSession, .authorizeUser, .revokeUser,
             .createLobby, .deployLobby, .terminateLobby, .deleteLobby: true
        default: false
        }
    }
}
