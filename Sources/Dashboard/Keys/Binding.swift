import TerminalUI

/// One key binding: the keys, where it applies, what it does, and how help and the footer describe it.
public struct Binding: Sendable, Equatable {
    /// Where a binding applies. The pane scopes apply to the focused pane; the others to what covers the panes.
    public enum Scope: String, Sendable, Equatable, CaseIterable {
        /// Every pane (overlays closed).
        case global
        case sessions, detail, lobbies
        /// The problems view (it takes the session pane's place).
        case problems
        /// The timeline of events (it takes the session pane's place).
        case timeline
        /// A confirmation dialog.
        case dialog
        /// A one-line prompt (filter, jump, authorize, new lobby).
        case prompt
        /// The create-session form.
        case form
        /// Any text field: prompts, the form, a confirmation's typed target.
        case field
        /// Help, the message history and the audit log.
        case help
        /// The jump prompt while nothing is typed in it (`g` then `g`: the first row).
        case jump
        /// Words typed after `:` (`:q`, `:problems`, `:page 3`): `words` rather than keys.
        case command
    }

    public var keys: [Key]
    public var scope: Scope
    public var command: Command
    /// Short text for the footer and dialog hints.
    public var short: String
    /// Longer text for help and the README.
    public var help: String
    /// Shown in the footer (otherwise only in help).
    public var inFooter: Bool
    /// How many of the keys the footer and hints name (help names them all).
    public var hintKeys: Int
    /// The words of a `command` binding (`q`, `quit`); a keymap's `command:` changes them.
    public var words: [String] = []

    public init(_ keys: [Key], _ scope: Scope, _ command: Command, _ short: String, _ help: String,
                footer: Bool = true, hintKeys: Int? = nil) {
        self.keys = keys
        self.scope = scope
        self.command = command
        self.short = short
        self.help = help
        inFooter = footer
        self.hintKeys = hintKeys ?? keys.count
    }

    /// Every key, as help writes them (`j/↓`); a command's words as typed (`:q/:quit`).
    public var label: String { words.isEmpty ? keys.map(\.label).joined(separator: "/") : words.map { ":" + $0 }.joined(separator: "/") }

    /// A `command` binding: what typing one of `words` after `:` does.
    public static func words(_ words: [String], _ command: Command, _ help: String) -> Binding {
        var b = Binding([], .command, command, words.first ?? "", help, footer: false)
        b.words = words
        return b
    }

    /// The keys the footer names (`Tab` for Tab, ←, →).
    public var shortLabel: String { keys.prefix(max(1, hintKeys)).map(\.label).joined(separator: "/") }

    /// The same in `glyphs`' arrows.
    public func shortLabel(_ glyphs: GlyphSet) -> String { keys.prefix(max(1, hintKeys)).map { $0.label(glyphs) }.joined(separator: "/") }

    /// True when the binding applies in `pane` (the pane and global scopes).
    public func applies(in pane: Pane) -> Bool {
        switch scope {
        case .global: true
        case .sessions: pane == .sessions
        case .detail: pane == .detail
        case .lobbies: pane == .lobbies
        default: false
        }
    }
}
