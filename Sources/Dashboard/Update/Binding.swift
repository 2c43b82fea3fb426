import TerminalUI

/// One key binding: the keys, where it applies, what it does, and how help and the footer describe it.
public struct Binding: Sendable, Equatable {
    /// Where a binding applies.
    public enum Scope: String, Sendable, Equatable, CaseIterable {
        case global, sessions, detail, lobbies
    }

    public var keys: [Key]
    /// How the keys are written in the footer and help (`j/↓`).
    public var label: String
    public var scope: Scope
    public var command: Command
    /// Short text for the footer.
    public var short: String
    /// Longer text for help and the README.
    public var help: String
    /// Shown in the footer (otherwise only in help).
    public var inFooter: Bool

    public init(_ keys: [Key], _ label: String, _ scope: Scope, _ command: Command, _ short: String, _ help: String, footer: Bool = true) {
        self.keys = keys
        self.label = label
        self.scope = scope
        self.command = command
        self.short = short
        self.help = help
        inFooter = footer
    }

    /// True when the binding applies in `pane`.
    public func applies(in pane: Pane) -> Bool {
        switch scope {
        case .global: true
        case .sessions: pane == .sessions
        case .detail: pane == .detail
        case .lobbies: pane == .lobbies
        }
    }
}
