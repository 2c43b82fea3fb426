import Dashboard
import FoundationEssentials
import TerminalUI
import YAMLReader

/// `commands:` (at the top of config.yaml, or in a profile): the operator's own actions, k9s-plugin style. Every
/// mistake names the file, the line and what is wrong; placeholders are checked against what the scope's target has.
struct CommandsParser {
    let reader: NodeReader

    static let knownKeys = ["name", "key", "scope", "program", "args", "confirm", "mode", "read_only", "description"]

    /// The list at `path`, and warnings (a key some terminals never send).
    func parse(_ node: YAMLNode, at path: String) throws -> (commands: [CustomCommand], warnings: [String]) {
        guard let list = node.sequence else {
            throw reader.fail(node, path, "must be a list of commands (`- name: …`)")
        }
        var commands: [CustomCommand] = []
        var warnings: [String] = []
        for (i, item) in list.enumerated() {
            let here = "\(path)[\(i)]"
            let (c, warning) = try command(item, at: here)
            if commands.contains(where: { $0.name == c.name }) { throw reader.fail(item, here, "a second command named \(reader.quoted(c.name))") }
            if let warning { warnings.append("\(reader.file):\(item.line ?? 0): \(here).key: \(warning)") }
            commands.append(c)
        }
        return (commands, warnings)
    }

    func command(_ node: YAMLNode, at path: String) throws -> (CustomCommand, String?) {
        var fields: [String: (YAMLNode, YAMLNode)] = [:]
        for (k, v) in try reader.mapping(node, at: path) {
            let name = try reader.key(k, at: path)
            guard Self.knownKeys.contains(name) else { throw reader.unknownKey(name, node: k, at: path, known: Self.knownKeys) }
            fields[name] = (k, v)
        }
        func required(_ key: String) throws -> YAMLNode {
            guard let v = fields[key]?.1 else { throw reader.fail(node, path, "needs \(key):") }
            return v
        }
        let name = try reader.string(try required("name"), at: reader.join(path, "name"))
        let keyNode = try required("key")
        let keyText = try reader.scalar(keyNode, at: reader.join(path, "key"))
        guard let (key, warning) = Key.parse(keyText) else {
            throw reader.fail(keyNode, reader.join(path, "key"), "unknown key \(reader.quoted(keyText)); keys are a character, Space, Enter, Esc, Tab, "
                              + "S-Tab, Bksp, Del, Ins, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1-F24, Ctrl-<letter>")
        }
        let scopeNode = try required("scope")
        let scopeText = try reader.string(scopeNode, at: reader.join(path, "scope"))
        guard let scope = CustomCommand.Scope(rawValue: scopeText) else {
            throw reader.fail(scopeNode, reader.join(path, "scope"), "\(reader.quoted(scopeText)) is not a scope; scopes: session, user, lobby")
        }
        let programNode = try required("program")
        let program = try reader.string(programNode, at: reader.join(path, "program"))
        guard CustomCommand.names(in: program).isEmpty else {
            throw reader.fail(programNode, reader.join(path, "program"), "the program is fixed: placeholders go in args")
        }
        var args: [String] = []
        if let (_, v) = fields["args"] {
            guard let list = v.sequence else { throw reader.fail(v, reader.join(path, "args"), "must be a list (`args: [\"--flag\", \"{session_id}\"]`)") }
            for a in list {
                let text = try reader.scalar(a, at: reader.join(path, "args"))
                for p in CustomCommand.names(in: text) where !CustomCommand.placeholders(scope).contains(p) {
                    throw reader.fail(a, reader.join(path, "args"), "{\(p)} is not a placeholder of a \(scope.rawValue)\(Suggestion.hint(for: p, in: CustomCommand.placeholders(scope))); "
                                      + "it has: " + CustomCommand.placeholders(scope).map { "{\($0)}" }.joined(separator: ", "))
                }
                args.append(text)
            }
        }
        let confirm = try fields["confirm"].map { try reader.bool($0.1, at: reader.join(path, "confirm")) } ?? false
        var mode = CustomCommand.Mode.background
        if let (_, v) = fields["mode"] {
            let text = try reader.string(v, at: reader.join(path, "mode"))
            guard let m = CustomCommand.Mode(rawValue: text) else {
                throw reader.fail(v, reader.join(path, "mode"), "\(reader.quoted(text)) is not a mode; modes: foreground, background")
            }
            mode = m
        }
        var readOnly = false
        if let (_, v) = fields["read_only"] {
            let text = try reader.string(v, at: reader.join(path, "read_only"))
            guard ["allowed", "refused"].contains(text) else {
                throw reader.fail(v, reader.join(path, "read_only"), "\(reader.quoted(text)) is not allowed or refused (whether it may run on a read-only profile)")
            }
            readOnly = text == "allowed"
        }
        let help = try fields["description"].map { try reader.string($0.1, at: reader.join(path, "description")) }
        var c = CustomCommand(name: name, key: key, scope: scope, program: program, arguments: args, confirm: confirm, mode: mode,
                              readOnlyAllowed: readOnly, help: help)
        c.line = keyNode.line
        return (c, warning)
    }
}

extension Keymap {
    /// Why `commands` cannot use their keys with these bindings (a key a built-in action has where the command works,
    /// or two commands on one key there), or nil.
    public func clash(_ commands: [CustomCommand]) -> (command: CustomCommand, problem: String)? {
        for (i, c) in commands.enumerated() {
            for pane in c.panes {
                if let taken = command(for: c.key, in: pane) {
                    return (c, "\(c.key.label) is already \(taken.rawValue) in \(pane.rawValue); `relaydeck keys` lists the keys in force")
                }
                if let other = commands[..<i].first(where: { $0.key == c.key && $0.panes.contains(pane) }) {
                    return (c, "\(c.key.label) is both command \(other.name) and command \(c.name) in \(pane.rawValue)")
                }
            }
        }
        return nil
    }
}
