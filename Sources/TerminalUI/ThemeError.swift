/// Why a theme could not be loaded: the file, the key path inside it, the offending value and what was expected.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The file could not be read.
        case unreadable
        /// The text is not valid YAML.
        case syntax
        /// A value has the wrong shape (e.g. a list where a mapping belongs).
        case wrongType
        /// A key that means nothing here (a misspelt role, an unknown depth).
        case unknownKey
        /// A colour that is neither `#rrggbb`, 0–255, an ANSI name, `default` nor a palette name.
        case invalidColor
        /// `extends` (or a load by name) names a theme that does not exist.
        case unknownTheme
        /// Themes extend each other in a circle.
        case extendsCycle
    }

    public var kind: Kind
    /// The file (or `bundled:<name>` for a built-in text).
    public var file: String
    /// Dotted path of the key, e.g. `roles.selection.fg` (empty for the whole file).
    public var keyPath: String
    /// The offending value as written, if there is one.
    public var value: String?
    /// 1-based line of the value, when known.
    public var line: Int?
    /// What was expected, in words.
    public var detail: String

    /// An error at `keyPath` of `file`.
    public init(_ kind: Kind, file: String, keyPath: String = "", value: String? = nil, line: Int? = nil, detail: String) {
        self.kind = kind
        self.file = file
        self.keyPath = keyPath
        self.value = value
        self.line = line
        self.detail = detail
    }

    /// `file:line: keyPath: bad value "x": detail`.
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if !keyPath.isEmpty { s += "\(keyPath): " }
        if let value { s += "\"\(value)\": " }
        return s + detail
    }
}
