import TerminalUI

/// The binding table as a value: the keys in force (the defaults with the user's keymap over them). It drives key
/// handling, the footer, dialog hints, `?` help, `relaydeck keys` and the README's key list; the reducer and the
/// views read the one in the state's settings (`DashboardConfig.keymap`). Each feature contributes its part of the
/// defaults; their order is the order of help and the footer.
public struct Keymap: Sendable, Equatable {
    /// Every binding, in help order.
    public var all: [Binding]

    public init(_ all: [Binding]) { self.all = all }

    /// The keys as shipped.
    public static let defaults = Keymap(Reducer.bindings + SessionList.bindings + SessionDetail.bindings
        + Lobbies.bindings + Problems.bindings + Timeline.bindings + MarkFlow.bindings + Dialogs.bindings)

    /// The command `key` runs in `pane`; pane bindings win over global ones (read-only refusal is the caller's).
    public func command(for key: Key, in pane: Pane) -> Command? {
        let candidates = all.filter { $0.keys.contains(key) && $0.applies(in: pane) }
        let pick = candidates.first(where: { $0.scope != .global }) ?? candidates.first
        return pick?.command
    }

    /// The command a word typed after `:` runs (`q` → quit).
    public func command(forWord word: String) -> Command? {
        all.first { $0.scope == .command && $0.words.contains(word) }?.command
    }

    /// The key that repaints the whole screen (the terminal loop handles it before the program).
    public var repaintKey: Key? { binding(.repaint, in: .global)?.keys.first }

    /// The command `key` runs in the first of `scopes` that binds it.
    public func command(for key: Key, in scopes: [Binding.Scope]) -> Command? {
        for scope in scopes {
            if let b = all.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return b.command }
        }
        return nil
    }

    /// The binding of `command` in `scope` (for hints and messages).
    public func binding(_ command: Command, in scope: Binding.Scope) -> Binding? {
        all.first { $0.scope == scope && $0.command == command }
    }

    /// The bindings to show in the footer for `pane` (or the problems view in its place), most important first — the
    /// footer drops from the end when the terminal is narrow: the way to the other panes (Tab, P), the pane's own
    /// actions, the jump, paging, then the keys every pane has. `? help` is kept by the footer itself.
    public func footer(for pane: Pane, view: Binding.Scope? = nil, readOnly: Bool) -> [Binding] {
        let shown = visible(readOnly: readOnly).filter { b in
            guard b.inFooter, b.command != .help else { return false }
            if let view { return b.scope == view || (b.scope == .global && b.command == .nextPane) }
            return b.applies(in: pane)
        }
        func rank(_ b: Binding) -> Int {
            // In a view in the session pane's place, the way back (its own key for itself) comes first.
            if let view, b.scope == view, b.command == .problems || b.command == .timeline { return -1 }
            switch b.command {
            case .nextPane: return 0
            case .problems, .timeline: return b.scope == .global ? 0 : 1
            case .nextPage, .previousPage: return 3
            case .jump: return 2
            default: return b.scope != .global ? 1 : 4
            }
        }
        return shown.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// The footer of what covers the panes (a dialog, prompt, the form, help and the lists): its own keys.
    public func footer(for modal: Modal) -> [Binding] {
        let scope: Binding.Scope = switch modal {
        case .confirm: .dialog
        case .prompt: .prompt
        case .createSession: .form
        case .help, .messages, .audit: .help
        }
        return all.filter { $0.scope == scope && $0.inFooter && !$0.keys.isEmpty }
    }

    /// A dialog's hint line from its scope's footer bindings: `Tab switch · Enter choose · Esc cancel`. Neighbours
    /// with the same text are one hint (`←/→ filter type`).
    public func hints(_ scope: Binding.Scope) -> String {
        var hints: [(keys: String, text: String)] = []
        for b in all where b.scope == scope && b.inFooter && !b.keys.isEmpty {
            if let last = hints.last, last.text == b.short {
                hints[hints.count - 1].keys += "/" + b.shortLabel
            } else {
                hints.append((b.shortLabel, b.short))
            }
        }
        return hints.map { "\($0.keys) \($0.text)" }.joined(separator: " · ")
    }

    /// `Esc to close`, for the titles of help and the lists.
    public var closeHint: String { "\(binding(.close, in: .help)?.shortLabel ?? "Esc") to close" }

    /// Bindings that exist in this mode (read-only hides mutations).
    public func visible(readOnly: Bool) -> [Binding] {
        // A binding the keymap left with no key is unbound: no help line, no hint.
        all.filter { (!$0.keys.isEmpty || !$0.words.isEmpty) && !(readOnly && $0.command.isMutating) }
    }

    /// The README key list (Markdown), generated from the table.
    public func markdown(readOnly: Bool = false) -> String {
        var out = "| key | where | does | action |\n|---|---|---|---|\n"
        for b in visible(readOnly: readOnly) {
            // A `|` key would end the cell: escaped, as Markdown tables want.
            out += "| `\(b.label.replacing("|", with: "\\|"))` | \(b.scope.rawValue) | \(b.help) | `\(b.command.rawValue)` |\n"
        }
        return out
    }
}
