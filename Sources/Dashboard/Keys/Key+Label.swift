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
