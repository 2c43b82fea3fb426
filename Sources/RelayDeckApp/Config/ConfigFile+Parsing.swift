import FoundationEssentials
import YAMLReader

extension ConfigFile {
    /// Parses config YAML. Every error names the file, line, key path and (when it is no secret) the value.
    public static func parse(_ text: String, path: String) throws -> ConfigFile {
        let root: YAMLNode?
        do { root = try YAMLDocument.compose(text) } catch { throw syntaxError(error, path: path) }
        guard let root else { return ConfigFile(path: path) }
        let reader = NodeReader(file: path)
        let top = try reader.mapping(root, at: "")
        var config = ConfigFile(path: path)
        var defaultNode: YAMLNode?
        for (keyNode, value) in top {
            let key = try reader.key(keyNode, at: "")
            switch key {
            case "default_profile":
                config.defaultProfile = try reader.string(value, at: key)
                defaultNode = value
            case "profiles":
                for (nameNode, body) in try reader.mapping(value, at: key) {
                    let name = try reader.key(nameNode, at: key)
                    config.profiles[name] = try ProfileParser(reader: reader).parse(body, name: name)
                }
            case "commands":
                (config.commands, config.warnings) = try CommandsParser(reader: reader).parse(value, at: key)
            default:
                throw reader.unknownKey(key, node: keyNode, at: "", known: knownKeys)
            }
        }
        if let name = config.defaultProfile, config.profiles[name] == nil {
            let names = config.profiles.keys.sorted()
            throw ConfigError(file: path, line: defaultNode?.line, keyPath: "default_profile",
                              problem: "\"\(name)\" is not a profile\(Suggestion.hint(for: name, in: names))")
        }
        return config
    }

    /// A YAML syntax error as a `ConfigError`: line and problem only, never the offending text (it may be a key).
    static func syntaxError(_ error: YAMLError, path: String) -> ConfigError {
        switch error {
        case .syntax(_, let problem, let mark, _):
            ConfigError(file: path, line: mark.line, keyPath: "", problem: "is not valid YAML: \(problem)")
        case .duplicatedKeys(let duplicates, let mark):
            ConfigError(file: path, line: mark.line, keyPath: "",
                        problem: "\(duplicates.joined(separator: ", ")) written twice in one mapping (a name is written once; give it a list)")
        case .reader, .memory:
            ConfigError(file: path, keyPath: "", problem: "is not valid YAML")
        }
    }
}

/// Reads typed values out of YAML nodes, turning every mismatch into a located `ConfigError`.
struct NodeReader {
    let file: String

    func fail(_ node: YAMLNode?, _ path: String, _ problem: String) -> ConfigError {
        ConfigError(file: file, line: node?.line, keyPath: path, problem: problem)
    }

    func join(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "." + key }

    func mapping(_ node: YAMLNode, at path: String) throws -> [(key: YAMLNode, value: YAMLNode)] {
        guard let m = node.mapping else { throw fail(node, path, "must be a mapping of keys to values") }
        return m
    }

    func key(_ node: YAMLNode, at parent: String) throws -> String {
        guard case .scalar(let s) = node else { throw fail(node, parent, "keys must be plain text") }
        return s.string
    }

    func scalar(_ node: YAMLNode, at path: String) throws -> String {
        guard case .scalar(let s) = node else { throw fail(node, path, "must be a single value, not a list or mapping") }
        if s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { throw fail(node, path, "is empty") }
        return s.string
    }

    func string(_ node: YAMLNode, at path: String) throws -> String {
        let s = try scalar(node, at: path)
        if s.trimmed().isEmpty { throw fail(node, path, "is empty") }
        return s
    }

    func number(_ node: YAMLNode, at path: String) throws -> Double {
        let s = try scalar(node, at: path)
        guard let d = Double(s.trimmed()), d.isFinite else {
            throw fail(node, path, "\(quoted(s)) is not a number")
        }
        return d
    }

    func bool(_ node: YAMLNode, at path: String) throws -> Bool {
        let s = try scalar(node, at: path)
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(node, path, "\(quoted(s)) is not true or false")
        }
    }

    func unknownKey(_ key: String, node: YAMLNode, at parent: String, known: [String]) -> ConfigError {
        fail(node, join(parent, key), "unknown key\(Suggestion.hint(for: key, in: known)); known keys: \(known.joined(separator: ", "))")
    }

    /// The value in quotes, control characters escaped and length capped.
    func quoted(_ s: String) -> String {
        let shown = s.count > 60 ? String(s.prefix(60)) + "…" : s
        return "\"" + shown.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() + "\""
    }
}
