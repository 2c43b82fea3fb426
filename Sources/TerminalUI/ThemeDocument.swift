import YAMLReader

/// One theme file as written: its own palette, roles and per-depth overrides, before `extends` is applied.
struct ThemeDocument: Sendable, Equatable {
    var name: String?
    var extends: String?
    var palette: [String: Color] = [:]
    /// Role values still unresolved (palette names are looked up once the parent's palette is known).
    var roles: [ThemeRole: RoleValue] = [:]
    var depth: [ColorDepth: [ThemeRole: RoleValue]] = [:]

    /// A role as written: a colour (or palette name) as foreground, or a full style description.
    struct RoleValue: Sendable, Equatable {
        var fg: ColorRef?
        var bg: ColorRef?
        var attributes: Attributes = []
    }

    /// A colour as written, with where it was written for error messages.
    struct ColorRef: Sendable, Equatable {
        var text: String
        var keyPath: String
        var line: Int?
    }

    /// Turns a role into a style using `palette`; unknown names raise `invalidColor` at the right key.
    static func style(_ value: RoleValue, palette: [String: Color], file: String) throws -> Style {
        func color(_ ref: ColorRef?) throws -> Color {
            guard let ref else { return .default }
            if let c = palette[ref.text.lowercased()] ?? Color(themeValue: ref.text) { return c }
            throw ThemeError(.invalidColor, file: file, keyPath: ref.keyPath, value: ref.text, line: ref.line,
                             detail: "not a colour: use #rrggbb, 0-255, an ANSI name (red, bright-white…), default, or a palette name")
        }
        return Style(fg: try color(value.fg), bg: try color(value.bg), attributes: value.attributes)
    }

    /// The depth a `depth:` key names: truecolor, 256, 16, 8 or mono.
    static func depth(named key: String) -> ColorDepth? {
        switch key.lowercased() {
        case "truecolor", "24bit", "24-bit": .trueColor
        case "256": .c256
        case "16": .c16
        case "8": .c8
        case "mono", "0", "2": .mono
        default: nil
        }
    }

    /// The role a key names; `border-focused`, `border_focused` and `borderFocused` all work.
    static func role(named key: String) -> ThemeRole? {
        let folded = key.lowercased().filter { $0 != "-" && $0 != "_" }
        return ThemeRole.allCases.first { $0.rawValue.lowercased() == folded }
    }
}
