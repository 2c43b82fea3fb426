/// A node of a YAML document, as libyaml parsed it, with the line (from 1) where it starts — what config, keymap and
/// theme errors name.
public indirect enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case mapping([(key: YAMLNode, value: YAMLNode)], at: YAMLMark)
    case sequence([YAMLNode], at: YAMLMark)

    /// Where the node starts.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(_, let at), .sequence(_, let at): at
        }
    }

    /// The line (from 1) where the node starts.
    public var line: Int { mark.line }

    /// The scalar, if the node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let s) = self { s } else { nil }
    }

    /// The mapping's entries in file order, if the node is one.
    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries, _) = self { entries } else { nil }
    }

    /// The sequence's items, if the node is one.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items, _) = self { items } else { nil }
    }
}

/// A scalar's text and how it was written (a quoted `"true"` is text, a plain `true` a boolean).
public struct YAMLScalar: Sendable, Equatable {
    public enum Style: Sendable, Equatable { case plain, singleQuoted, doubleQuoted, literal, folded }

    public var string: String
    public var style: Style
    /// An explicit tag (`!!str`), if one was written.
    public var tag: String?
    public var mark: YAMLMark

    public init(string: String, style: Style, tag: String? = nil, mark: YAMLMark) {
        self.string = string
        self.style = style
        self.tag = tag
        self.mark = mark
    }

    /// YAML 1.1's booleans (`true`, `yes`, `on` / `false`, `no`, `off`, in any case) when written plain and not
    /// tagged `!!str`; nil otherwise.
    public var bool: Bool? {
        guard style == .plain, tag != "tag:yaml.org,2002:str" else { return nil }
        switch string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}

/// A position in the text: line and column, both from 1 (columns in Unicode scalars, as libyaml counts).
public struct YAMLMark: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
