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
        Binding([.ctrl("l")], .global, .repaint, "repaint", "Repaint the whole screen", footer: false),
        Binding([.char("p")], .global, .pause, "pause", "Pause: the screen freezes (PAUSED and for how long in the header; ages keep counting) while polling and alerts go on; again resumes and fetches at once"),
        Binding([.char("M")], .global, .toggleMouse, "mouse", "Mouse on or off: click selects, double-click opens, the wheel scrolls (with it on, select text with Shift-drag)", footer: false),
        Binding([.char("g")], .jump, .top, "top", "g in the jump prompt with nothing typed (gg): the first row", footer: false),
        .words(["q", "quit"], .quit, "Quit, as q"),
        .words(["problems"], .problems, "The problems view"),
        .words(["events"], .timeline, "The timeline of events"),
        .words(["audit"], .audit, "The audit log's newest records"),
        .words(["profile"], .switchProfile, "profile NAME: switch to another profile of config.yaml"),
        .words(["page"], .goToPage, "page N: the list turns to page N"),
        .words(["pin"], .pin, "pin ID: pin a session or lobby (its every change alerts)"),
        .words(["unpin"], .unpin, "unpin ID: unpin it"),
    ]
}
