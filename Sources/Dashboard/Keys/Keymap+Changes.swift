import TerminalUI

/// One line of a keymap: the keys an action gets (none: unbound), in one scope or in every scope that has it.
public struct KeymapChange: Sendable, Equatable {
    public var scope: Binding.Scope?
    public var command: Command
    public var keys: [Key]
    /// For the `command` scope: the words typed after `:`.
    public var words: [String]?
    /// Where it was written (for the error naming it).
    public var line: Int?

    public init(scope: Binding.Scope?, command: Command, keys: [Key], words: [String]? = nil, line: Int?) {
        self.scope = scope
        self.command = command
        self.keys = keys
        self.words = words
        self.line = line
    }
}

/// Why a keymap cannot be used, and the line that said it.
public struct KeymapProblem: Error, Sendable, Equatable {
    public var line: Int?
    public var text: String
}

extension Keymap {
    /// These keys with `changes` over them, in order; a change that leaves two actions on one key in one scope, or
    /// names an action a scope does not have, is refused.
    public func applying(_ changes: [KeymapChange]) -> Result<Keymap, KeymapProblem> {
        var all = self.all
        for c in changes {
            let at = all.indices.filter { all[$0].command == c.command && (c.scope == nil || all[$0].scope == c.scope) }
            guard !at.isEmpty else {
                let scopes = all.filter { $0.command == c.command }.map(\.scope.rawValue)
                return .failure(KeymapProblem(line: c.line, text: "\(c.command.rawValue) is not an action of \(c.scope?.rawValue ?? "any scope")"
                                              + (scopes.isEmpty ? "" : " (it is one of: \(scopes.joined(separator: ", ")))")))
            }
            if let words = c.words {
                for i in at { all[i].words = words }
                for w in words {
                    if let other = all.first(where: { $0.scope == .command && $0.command != c.command && $0.words.contains(w) }) {
                        return .failure(KeymapProblem(line: c.line, text: ":\(w) would be both \(c.command.rawValue) and \(other.command.rawValue)"))
                    }
                }
                continue
            }
            // An action bound twice in a scope (`q` and Ctrl-C to quit): each binding keeps the keys it had that are
            // still wanted (its help line stays), and the new ones go to the scope's first.
            var seen: Set<Binding.Scope> = []
            for i in at {
                let kept = all[i].keys.filter(c.keys.contains)
                let elsewhere = Set(at.filter { all[$0].scope == all[i].scope }.flatMap { all[$0].keys.filter(c.keys.contains) })
                let first = seen.insert(all[i].scope).inserted
                all[i].keys = first ? kept + c.keys.filter { !elsewhere.contains($0) } : kept
                all[i].hintKeys = max(1, min(all[i].hintKeys, all[i].keys.count))
                for k in c.keys {
                    if let other = all.first(where: { $0.scope == all[i].scope && $0.command != c.command && $0.keys.contains(k) }) {
                        return .failure(KeymapProblem(line: c.line, text: "\(k.label) would be both \(c.command.rawValue) and "
                                                      + "\(other.command.rawValue) in \(all[i].scope.rawValue)"))
                    }
                }
            }
        }
        return .success(Keymap(all))
    }

    /// A complete keymap.yaml of these keys, by scope: what `relaydeck keys --defaults` prints to start from.
    public func yaml() -> String {
        var out = """
            # RelayDeck keymap: $XDG_CONFIG_HOME/relaydeck/keymap.yaml (or `keymap:` in a profile of config.yaml).
            # action: a key, a list of keys, or none (unbound). Under a scope it changes that scope only; at the top
            # level, every scope that has the action. Key names: a character, Space, Enter, Esc, Tab, S-Tab, Bksp, Del,
            # Ins, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1-F24, Ctrl-X.

            """
        for scope in Binding.Scope.allCases {
            let bs = all.filter { $0.scope == scope }
            guard !bs.isEmpty else { continue }
            out += "\(scope.rawValue):\n"
            // One line an action: its bindings in the scope are one (a YAML mapping names a key once).
            var lines: [(command: Command, keys: [String], help: String)] = []
            for b in bs {
                let keys = b.scope == .command ? b.words : b.keys.map { Self.yamlKey($0) }
                if let i = lines.firstIndex(where: { $0.command == b.command }) { lines[i].keys += keys } else { lines.append((b.command, keys, b.help)) }
            }
            for b in lines {
                let keys = b.keys
                let value = keys.isEmpty ? "none" : keys.count == 1 ? keys[0] : "[" + keys.joined(separator: ", ") + "]"
                out += "  \(b.command.rawValue): \(value)\(String(repeating: " ", count: max(1, 22 - b.command.rawValue.count - value.count)))# \(b.help)\n"
            }
        }
        return out
    }

    /// A key as a keymap file writes it (quoted where YAML would read it otherwise).
    static func yamlKey(_ k: Key) -> String {
        let name: String = switch k {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        default: k.label
        }
        return name.count == 1 && !name.first!.isLetter && !name.first!.isNumber ? "\"\(name == "\"" ? "\\\"" : name)\"" : name
    }
}

extension Keymap {
    /// The pane scopes, whose keys win over the global ones in their pane.
    static let paneScopes: [Binding.Scope] = [.sessions, .detail, .lobbies, .problems, .timeline]

    /// What this keymap allows but an operator would hardly mean, for `file`'s warnings: a pane's key that now hides a
    /// global one there (the defaults' own, like Esc in the problems view, are meant), and no key left to quit.
    public func warnings(file: String) -> [String] {
        func shadows(_ k: Keymap) -> [String] {
            k.all.filter { Self.paneScopes.contains($0.scope) }.flatMap { b in
                b.keys.compactMap { key in
                    k.all.first { $0.scope == .global && $0.command != b.command && $0.keys.contains(key) }.map {
                        "\(key.label) in \(b.scope.rawValue) is \(b.command.rawValue) there, so \($0.command.rawValue) (global) does not work in that pane"
                    }
                }
            }
        }
        let meant = Set(shadows(.defaults))
        var out = shadows(self).filter { !meant.contains($0) }.map { "\(file): \($0)" }
        if !all.contains(where: { $0.command == .quit && $0.scope == .global && !$0.keys.isEmpty }) {
            out.append("\(file): no key quits any more (only :q does)")
        }
        return out
    }
}
