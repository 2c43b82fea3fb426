import TerminalUI

extension Reducer {
    /// The keys that work in every pane.
    static let bindings: [Binding] = [
        Binding([.char("q")], .global, .quit, "quit", "Quit RelayDeck"),
        Binding([.char("?")], .global, .help, "help", "Show all keys"),
        Binding([.char("r")], .global, .refresh, "refresh", "Refresh every pane now"),
        Binding([.tab], .global, .nextPane, "pane", "Next pane"),
        Binding([.backTab], .global, .previousPane, "prev pane", "Previous pane", footer: false),
        Binding([.escape], .global, .back, "back", "Close a dialog, clear the filter, or go back", footer: false),
        Binding([.char("m")], .global, .messages, "messages", "Show the message history", footer: false),
        Binding([.char("t")], .global, .cycleTheme, "theme", "Cycle colour themes", footer: false),
        Binding([.char("y")], .global, .copy, "copy", "Copy what has the cursor: a session id, a detail field or user IP, a lobby url (OSC 52)", footer: false),
        Binding([.char("e")], .global, .exportCSV, "export", "Export the focused list as shown (filter, sort) to CSV", footer: false),
        Binding([.char("E")], .global, .exportJSON, "export json", "Export the focused list as shown to JSON", footer: false),
        Binding([.char("j"), .down], .global, .down, "down", "Move down", footer: false),
        Binding([.char("k"), .up], .global, .up, "up", "Move up", footer: false),
        Binding([.home], .global, .top, "top", "First row", footer: false),
        Binding([.end, .char("G")], .global, .bottom, "bottom", "Last row", footer: false),
        Binding([.ctrl("c")], .global, .quit, "quit", "Quit RelayDeck, as q (asks first while an action is in flight)", footer: false),
    ]
}
