import YAMLReader

extension ThemeDocument {
    /// Parses YAML text; `file` names it in errors.
    init(yaml: String, file: String) throws {
        let root: YAMLNode?
        do {
            root = try YAMLDocument.compose(yaml)
        } catch {
            throw ThemeError(.syntax, file: file, line: ThemeDocument.line(of: error),
                             detail: "not valid YAML: \(ThemeDocument.problem(of: error))")
        }
        guard let root else { self.init(); return }
        let reader = NodeReader(file: file)
        let top = try reader.mapping(root, at: "")
        self.init()
        for (key, value) in top {
            switch key {
            case "name": name = try reader.string(value, at: "name")
            case "extends": extends = try reader.string(value, at: "extends")
            case "palette":
                for (entry, colorNode) in try reader.mapping(value, at: "palette") {
                    let path = "palette.\(entry)"
                    let text = try reader.string(colorNode, at: path)
                    guard let c = Color(themeValue: text) else {
                        throw ThemeError(.invalidColor, file: file, keyPath: path, value: text, line: colorNode.line,
                                         detail: "not a colour: use #rrggbb, 0-255, an ANSI name (red, bright-white…) or default")
                    }
                    palette[entry.lowercased()] = c
                }
            case "roles": roles = try reader.roles(value, at: "roles")
            case "depth":
                for (depthKey, rolesNode) in try reader.mapping(value, at: "depth") {
                    guard let d = ThemeDocument.depth(named: depthKey) else {
                        throw reader.unknownKey("depth.\(depthKey)", node: rolesNode, expected: "truecolor, 256, 16, 8 or mono")
                    }
                    depth[d] = try reader.roles(rolesNode, at: "depth.\(depthKey)")
                }
            default:
                throw reader.unknownKey(key, node: value, expected: "name, extends, palette, roles or depth")
            }
        }
    }

    /// The line a YAML error points at.
    static func line(of error: YAMLError) -> Int? { error.line }

    /// libyaml's problem and context in one line ("did not find expected ',' or '}' (while parsing a flow mapping
    /// in line 2, column 7)").
    static func problem(of error: YAMLError) -> String { error.problemAndContext }
}

/// Reads typed values out of YAML nodes, throwing `ThemeError`s that name the key path.
struct NodeReader {
    let file: String

    /// The entries of a mapping, keys as strings, in file order.
    func mapping(_ node: YAMLNode, at path: String) throws -> [(String, YAMLNode)] {
        guard let m = node.mapping else { throw wrongType(node, at: path, expected: "a mapping (key: value)") }
        return try m.map { key, value in
            guard let k = key.scalar?.string else { throw wrongType(key, at: path, expected: "a plain key") }
            return (k, value)
        }
    }

    /// A scalar as text.
    func string(_ node: YAMLNode, at path: String) throws -> String {
        guard let s = node.scalar?.string else { throw wrongType(node, at: path, expected: "a single value") }
        return s
    }

    /// A `role: value` mapping.
    func roles(_ node: YAMLNode, at path: String) throws -> [ThemeRole: ThemeDocument.RoleValue] {
        var out: [ThemeRole: ThemeDocument.RoleValue] = [:]
        for (key, value) in try mapping(node, at: path) {
            guard let role = ThemeDocument.role(named: key) else {
                throw unknownKey("\(path).\(key)", node: value,
                                 expected: "a role: " + ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))
            }
            out[role] = try roleValue(value, at: "\(path).\(key)")
        }
        return out
    }

    /// A colour (as foreground) or `{fg, bg, bold, underline, reverse, dim, italic, blink}`.
    func roleValue(_ node: YAMLNode, at path: String) throws -> ThemeDocument.RoleValue {
        if let s = node.scalar?.string {
            return ThemeDocument.RoleValue(fg: ThemeDocument.ColorRef(text: s, keyPath: path, line: node.line))
        }
        var v = ThemeDocument.RoleValue()
        for (key, value) in try mapping(node, at: path) {
            let p = "\(path).\(key)"
            switch key.lowercased() {
            case "fg": v.fg = ThemeDocument.ColorRef(text: try string(value, at: p), keyPath: p, line: value.line)
            case "bg": v.bg = ThemeDocument.ColorRef(text: try string(value, at: p), keyPath: p, line: value.line)
            default:
                guard let attribute = NodeReader.attributes[key.lowercased()] else {
                    throw unknownKey(p, node: value, expected: "fg, bg, bold, dim, italic, underline, reverse or blink")
                }
                guard let on = value.scalar?.bool else {
                    throw wrongType(value, at: p, expected: "true or false")
                }
                if on { v.attributes.insert(attribute) }
            }
        }
        return v
    }

    static let attributes: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse, "blink": .blink,
    ]

    func wrongType(_ node: YAMLNode, at path: String, expected: String) -> ThemeError {
        ThemeError(.wrongType, file: file, keyPath: path, value: node.scalar?.string, line: node.line,
                   detail: "expected \(expected)")
    }

    func unknownKey(_ path: String, node: YAMLNode, expected: String) -> ThemeError {
        ThemeError(.unknownKey, file: file, keyPath: path, line: node.line, detail: "unknown key; expected \(expected)")
    }
}
