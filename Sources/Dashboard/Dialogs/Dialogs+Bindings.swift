import TerminalUI

extension Dialogs {
    /// The keys of what covers the panes: confirmations, prompts, the form, text fields, help and the other lists.
    static let bindings: [Binding] = [
        Binding([.tab, .left, .right, .backTab], .dialog, .switchButton, "switch", "Move between Cancel and the action", hintKeys: 1),
        Binding([.enter], .dialog, .choose, "choose", "Choose the focused button (Cancel unless moved)"),
        Binding([.escape], .dialog, .cancel, "cancel", "Cancel: nothing is sent"),
        Binding([.ctrl("c")], .dialog, .quit, "quit", "Cancel; at the quit question, quit anyway", footer: false),
        Binding([.enter], .prompt, .submit, "ok", "Submit the prompt"),
        Binding([.escape, .ctrl("c")], .prompt, .cancel, "cancel", "Close the prompt (a filter is cleared)", hintKeys: 1),
        Binding([.tab, .down], .form, .nextField, "next field", "Next field", hintKeys: 1),
        Binding([.backTab, .up], .form, .previousField, "previous field", "Previous field", footer: false),
        Binding([.left], .form, .previousOption, "filter type", "Previous filter type (on the filter type field)"),
        Binding([.right, .char(" ")], .form, .nextOption, "filter type", "Next filter type (on the filter type field)", hintKeys: 1),
        Binding([.enter], .form, .submit, "create", "Create the session (fields are checked first)"),
        Binding([.escape, .ctrl("c")], .form, .cancel, "cancel", "Close the form: nothing is sent", hintKeys: 1),
        Binding([.left, .ctrl("b")], .field, .cursorLeft, "left", "Cursor left", footer: false),
        Binding([.right, .ctrl("f")], .field, .cursorRight, "right", "Cursor right", footer: false),
        Binding([.home, .ctrl("a")], .field, .lineStart, "start", "Cursor to the start", footer: false),
        Binding([.end, .ctrl("e")], .field, .lineEnd, "end", "Cursor to the end", footer: false),
        Binding([.backspace, .ctrl("h")], .field, .deleteBack, "erase", "Erase the character before the cursor", footer: false),
        Binding([.delete, .ctrl("d")], .field, .deleteForward, "erase", "Erase the character under the cursor", footer: false),
        Binding([.ctrl("u")], .field, .clearToStart, "clear", "Erase to the start", footer: false),
        Binding([.ctrl("k")], .field, .clearToEnd, "clear", "Erase to the end", footer: false),
        Binding([.ctrl("w")], .field, .deleteWord, "erase word", "Erase the word before the cursor", footer: false),
        Binding([.char("j"), .down], .help, .scrollDown, "down", "Scroll down", footer: false),
        Binding([.char("k"), .up], .help, .scrollUp, "up", "Scroll up", footer: false),
        Binding([.pageDown, .char(" ")], .help, .scrollPageDown, "page down", "Scroll a page down", footer: false),
        Binding([.pageUp], .help, .scrollPageUp, "page up", "Scroll a page up", footer: false),
        Binding([.char("y")], .help, .copy, "copy", "Copy the selected message (message history)", footer: false),
        Binding([.home, .char("g")], .help, .top, "top", "To the top", footer: false),
        Binding([.end, .char("G")], .help, .bottom, "end", "To the end", footer: false),
        Binding([.escape, .char("q"), .char("?"), .enter, .char("m"), .ctrl("c")], .help, .close, "close", "Close", hintKeys: 1),
    ]
}
