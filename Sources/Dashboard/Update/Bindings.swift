import TerminalUI

/// The one binding table: it drives key handling, the footer, `?` help and the README's key list.
public enum Bindings {
    /// Every binding, in help order.
    public static let all: [Binding] = [
        Binding([.char("q")], "q", .global, .quit, "quit", "Quit RelayDeck"),
        Binding([.char("?")], "?", .global, .help, "help", "Show all keys"),
        Binding([.char("r")], "r", .global, .refresh, "refresh", "Refresh every pane now"),
        Binding([.tab], "Tab", .global, .nextPane, "pane", "Next pane"),
        Binding([.backTab], "S-Tab", .global, .previousPane, "prev pane", "Previous pane", footer: false),
        Binding([.escape], "Esc", .global, .back, "back", "Close a dialog, clear the filter, or go back", footer: false),
        Binding([.char("m")], "m", .global, .messages, "messages", "Show the message history", footer: false),
        Binding([.char("t")], "t", .global, .cycleTheme, "theme", "Cycle colour themes", footer: false),
        Binding([.char("y")], "y", .global, .copy, "copy", "Copy the selected id, link or url (OSC 52)", footer: false),
        Binding([.char("e")], "e", .global, .exportCSV, "export", "Export the focused list as shown (filter, sort) to CSV", footer: false),
        Binding([.char("E")], "E", .global, .exportJSON, "export json", "Export the focused list as shown to JSON", footer: false),
        Binding([.char("j"), .down], "j/↓", .global, .down, "down", "Move down", footer: false),
        Binding([.char("k"), .up], "k/↑", .global, .up, "up", "Move up", footer: false),
        Binding([.home], "Home", .global, .top, "top", "First row", footer: false),
        Binding([.end, .char("G")], "End/G", .global, .bottom, "bottom", "Last row", footer: false),
        Binding([.pageDown, .char("]")], "PgDn/]", .sessions, .nextPage, "next page", "Next page of sessions"),
        Binding([.pageUp, .char("[")], "PgUp/[", .sessions, .previousPage, "prev page", "Previous page of sessions"),
        Binding([.enter], "Enter", .sessions, .open, "detail", "Open the selected session's detail"),
        Binding([.char("/")], "/", .sessions, .filter, "filter", "Filter the loaded page"),
        Binding([.char(":"), .char("g")], ":/g", .global, .jump, "jump", "Jump to a session id (fetched even off-page); `:audit`, `:profile NAME`"),
        Binding([.char("s")], "s", .sessions, .sort, "sort", "Sort by the next column", footer: false),
        Binding([.char("S")], "S", .sessions, .reverseSort, "reverse", "Reverse the sort", footer: false),
        Binding([.char("n")], "n", .sessions, .createSession, "new", "Create a session (form)"),
        Binding([.char("D")], "D", .sessions, .deleteSession, "delete", "Delete the selected session (confirm)"),
        Binding([.char("D")], "D", .detail, .deleteSession, "delete", "Delete this session (confirm)"),
        Binding([.char("a")], "a", .detail, .authorizeUser, "authorize", "Authorize a user IP on this session"),
        Binding([.char("a")], "a", .sessions, .authorizeUser, "authorize", "Authorize a user IP on the selected session", footer: false),
        Binding([.char("x")], "x", .detail, .revokeUser, "revoke", "Revoke the selected user (confirm)"),
        Binding([.char("n")], "n", .lobbies, .createLobby, "new", "Create a lobby (name prompt)"),
        Binding([.char("d")], "d", .lobbies, .deployLobby, "deploy", "Deploy the selected lobby"),
        Binding([.char("T")], "T", .lobbies, .terminateLobby, "terminate", "Terminate the selected lobby (confirm)"),
        Binding([.char("D")], "D", .lobbies, .deleteLobby, "delete", "Delete the selected lobby (confirm)"),
    ]

    /// The command a key runs in `pane`; pane bindings win over global ones (read-only refusal is the caller's).
    public static func command(for key: Key, in pane: Pane) -> Command? {
        let candidates = all.filter { $0.keys.contains(key) && $0.applies(in: pane) }
        let pick = candidates.first(where: { $0.scope != .global }) ?? candidates.first
        return pick?.command
    }

    /// True when `key` names a mutating command in `pane` (used to refuse it in read-only mode).
    public static func isMutatingKey(_ key: Key, in pane: Pane) -> Bool {
        command(for: key, in: pane)?.isMutating ?? false
    }

    /// The bindings to show in the footer for `pane`.
    public static func footer(for pane: Pane, readOnly: Bool) -> [Binding] {
        visible(readOnly: readOnly).filter { $0.inFooter && $0.applies(in: pane) }
    }

    /// Bindings that exist in this mode (read-only hides mutations).
    public static func visible(readOnly: Bool) -> [Binding] {
        readOnly ? all.filter { !$0.command.isMutating } : all
    }

    /// The README key list (Markdown), generated from the table.
    public static func markdown(readOnly: Bool = false) -> String {
        var out = "| key | where | does |\n|---|---|---|\n"
        for b in visible(readOnly: readOnly) {
            out += "| `\(b.label)` | \(b.scope.rawValue) | \(b.help) |\n"
        }
        return out
    }
}
