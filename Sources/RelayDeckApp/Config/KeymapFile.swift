import Dashboard
import FoundationEssentials
import TerminalUI
import YAMLReader

/// `keymap.yaml` (and `keymap:` in a profile): action names — as `relaydeck keys` prints them — to one key, a list,
/// or `none`; under a scope name (`sessions:`, `dialog:` …) for that scope only. Every mistake is an error naming the
/// file, the line and what is wrong; a key only some terminals send is a warning.
public struct KeymapFile: Sendable, Equatable {
    public var changes: [KeymapChange] = []
    public var warnings: [String] = []

    public init() {}

    /// The file at `path`; empty when there is none.
    public static func load(path: String) throws -> KeymapFile {
        guard FileManager.default.fileExists(atPath: path) else { return KeymapFile() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, keyPath: "", problem: "cannot be read as UTF-8 text")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> KeymapFile {
        let root: YAMLNode?
        do { root = try YAMLDocument.compose(text) } catch { throw ConfigFile.syntaxError(error, path: path) }
        guard let root else { return KeymapFile() }
        var file = KeymapFile()
        try file.read(root, reader: NodeReader(file: path), at: "")
        return file
    }

    /// Reads a keymap mapping at `path` (the file's top, or a profile's `keymap:`).
    mutating func read(_ node: YAMLNode, reader: NodeReader, at path: String) throws {
        for (keyNode, value) in try reader.mapping(node, at: path) {
            let name = try reader.key(keyNode, at: path)
            // A mapping is a scope's; anything else an action's keys.
            if value.mapping == nil, Binding.Scope(rawValue: name) != nil, Command(rawValue: name) == nil {
                throw reader.fail(keyNode, reader.join(path, name), "is a scope: write its actions under it (`\(name):` then `  action: key`)")
            }
            if value.mapping != nil {
                guard let scope = Binding.Scope(rawValue: name) else {
                    throw reader.fail(keyNode, reader.join(path, name), "unknown scope\(Suggestion.hint(for: name, in: Self.scopes)); "
                                      + "scopes: " + Self.scopes.joined(separator: ", "))
                }
                for (actionNode, keys) in try reader.mapping(value, at: reader.join(path, name)) {
                    try change(scope, actionNode, keys, reader: reader, at: reader.join(path, name))
                }
            } else {
                try change(nil, keyNode, value, reader: reader, at: path)
            }
        }
    }

    mutating func change(_ scope: Binding.Scope?, _ actionNode: YAMLNode, _ value: YAMLNode, reader: NodeReader, at path: String) throws {
        let name = try reader.key(actionNode, at: path)
        let here = reader.join(path, name)
        guard let command = Command(rawValue: name) else {
            throw reader.fail(actionNode, here, "unknown action\(Suggestion.hint(for: name, in: Self.actions)); `relaydeck keys --defaults` lists them")
        }
        var keys: [Key] = []
        let names: [(String, YAMLNode)] = if let list = value.sequence { try list.map { (try reader.scalar($0, at: here), $0) } }
            else { [(try reader.scalar(value, at: here), value)] }
        if scope == .command {
            // Words, not keys: `quit: [q, quit, exit]`.
            for (word, node) in names where word.isEmpty || word.contains(" ") || word.hasSuffix("-S") {
                throw reader.fail(node, here, "\(reader.quoted(word)) cannot be a command word (one word, not a session id)")
            }
            changes.append(KeymapChange(scope: .command, command: command, keys: [], words: names.map(\.0), line: actionNode.line))
            return
        }
        if names.count == 1 && names[0].0.lowercased() == "none" {
            keys = []
        } else {
            for (keyName, node) in names {
                guard let (key, warning) = Key.parse(keyName) else {
                    throw reader.fail(node, here, "unknown key \(reader.quoted(keyName)); keys are a character, Space, Enter, Esc, Tab, "
                                      + "S-Tab, Bksp, Del, Ins, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1-F24, Ctrl-X")
                }
                if let warning { warnings.append("\(reader.file):\(node.line ?? 0): \(here): \(warning)") }
                keys.append(key)
            }
        }
        changes.append(KeymapChange(scope: scope, command: command, keys: keys, line: actionNode.line))
    }

    static let scopes = Binding.Scope.allCases.map(\.rawValue)
    static let actions = Command.allCases.map(\.rawValue)
}

extension Keymap {
    /// The defaults with the keymap file's changes, then a profile's, over them; exit-2 material when they conflict.
    public static func resolve(file: KeymapFile, filePath: String, profile: KeymapFile?, configPath: String) throws -> Keymap {
        var keymap = Keymap.defaults
        for (changes, path) in [(file.changes, filePath), (profile?.changes ?? [], configPath)] {
            switch keymap.applying(changes) {
            case .success(let k): keymap = k
            case .failure(let p): throw ConfigError(file: path, line: p.line, keyPath: path == configPath ? "keymap" : "", problem: p.text)
            }
        }
        return keymap
    }
}
