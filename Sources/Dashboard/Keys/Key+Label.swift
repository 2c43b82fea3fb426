import FoundationEssentials
import TerminalUI

extension Key {
    /// How help, the footer and the README write the key: `j`, `↓`, `PgDn`, `Ctrl-C`, `S-Tab`.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-\(String(c).uppercased())"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        }
    }

    /// The label in `glyphs`' arrows (`^` for ↑ with `--ascii`).
    public func label(_ glyphs: GlyphSet) -> String {
        switch self {
        case .up: glyphs.up
        case .down: glyphs.down
        case .left: glyphs.left
        case .right: glyphs.right
        default: label
        }
    }
}

extension Key {
    /// The key a keymap file names: what `label` writes (`q`, `Ctrl-C`, `Enter`, `Esc`, `S-Tab`, `PgDn`, `↑`, `F5`,
    /// `Space`), the ASCII spellings (`Up`, `PageDown`, `Escape`, `Shift-Tab`, `C-c`, `^C`) and any case of the names;
    /// nil for anything else. `warning` says when only some terminals send it (Ctrl-digit, Ctrl-Shift).
    /// Ctrl-letters a terminal keeps for itself or sends as another key.
    static let ctrlCaveats: [Character: String] = [
        "z": "the terminal suspends on it (it never reaches RelayDeck)",
        "s": "flow control stops the terminal's output on it unless `stty -ixon`",
        "q": "flow control takes it unless `stty -ixon`",
        "i": "terminals send Tab for it", "m": "terminals send Enter for it",
    ]

    public static func parse(_ name: String) -> (key: Key, warning: String?)? {
        let n = name.trimmed()
        if n.count == 1, let c = n.first { return (.char(c), nil) }
        let lower = n.lowercased()
        let named: [String: Key] = [
            "space": .char(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
            "s-tab": .backTab, "shift-tab": .backTab, "backtab": .backTab, "bksp": .backspace, "backspace": .backspace,
            "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert, "up": .up, "↑": .up, "down": .down,
            "↓": .down, "left": .left, "←": .left, "right": .right, "→": .right, "home": .home, "end": .end,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        ]
        if let k = named[lower] { return (k, nil) }
        if lower.hasPrefix("f"), let f = Int(lower.dropFirst()), (1...24).contains(f) { return (.function(f), nil) }
        for prefix in ["ctrl-shift-", "c-s-"] where lower.hasPrefix(prefix) {
            guard lower.count == prefix.count + 1, let c = lower.last, c.isLetter else { return nil }
            return (.ctrl(c), "\(n): terminals send Ctrl-Shift-\(c.uppercased()) as Ctrl-\(c.uppercased()), if at all")
        }
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) {
            guard lower.count == prefix.count + 1, let c = lower.last else { return nil }
            if c.isNumber { return (.ctrl(c), "\(n): most terminals send nothing for Ctrl and a digit") }
            guard c.isLetter else { return nil }
            return (.ctrl(c), Self.ctrlCaveats[c].map { "\(n): \($0)" })
        }
        return nil
    }
}
