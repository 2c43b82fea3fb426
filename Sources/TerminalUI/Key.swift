/// A key press, decoded from the terminal.
public enum Key: Sendable, Hashable {
    /// A printable character (including space).
    case char(Character)
    /// Ctrl plus a letter, lower-cased (`.ctrl("c")`).
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// A function key, F1 = 1.
    case function(Int)
}
