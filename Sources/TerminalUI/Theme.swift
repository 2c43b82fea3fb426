/// A named mapping from semantic roles to styles. A value passed to views, never a global.
public struct Theme: Sendable, Equatable {
    /// The theme's name (its file name without `.yaml` for loaded themes).
    public var name: String
    /// The style of each role at full colour; a missing role falls back to `.text`.
    public var styles: [ThemeRole: Style]
    /// Replacement styles for particular depths (e.g. a hand-picked 16-colour look, or mono attributes).
    public var depthOverrides: [ColorDepth: [ThemeRole: Style]]

    /// A theme from explicit styles.
    public init(name: String, styles: [ThemeRole: Style], depthOverrides: [ColorDepth: [ThemeRole: Style]] = [:]) {
        self.name = name
        self.styles = styles
        self.depthOverrides = depthOverrides
    }

    /// The style for `role` (the `.text` style when the theme leaves the role out).
    public func style(_ role: ThemeRole) -> Style {
        styles[role] ?? styles[.text] ?? .plain
    }

    /// Shorthand for `style(role)`.
    public subscript(role: ThemeRole) -> Style { style(role) }

    /// A copy with `role` set to `style`.
    public func with(_ role: ThemeRole, _ style: Style) -> Theme {
        var t = self
        t.styles[role] = style
        return t
    }

    /// The theme as a terminal of `depth` shows it: per-depth overrides applied, colours down-sampled,
    /// and in mono every role given attributes that keep states (selection, error, warn, ok, danger) apart.
    public func resolved(for depth: ColorDepth) -> Theme {
        var out = styles
        for depthKey in Theme.overrideChain(depth) {
            for (role, style) in depthOverrides[depthKey] ?? [:] { out[role] = style }
        }
        if depth == .mono {
            let explicit = depthOverrides[.mono] ?? [:]
            for role in ThemeRole.allCases where explicit[role] == nil {
                out[role] = Theme.mono.style(role)
            }
        }
        for (role, style) in out { out[role] = style.downsampled(to: depth) }
        for role in ThemeRole.allCases where out[role] == nil { out[role] = out[.text] ?? .plain }
        return Theme(name: name, styles: out)
    }

    /// Which override tables apply at `depth`, least specific first (8 colours also use the 16-colour table).
    static func overrideChain(_ depth: ColorDepth) -> [ColorDepth] {
        switch depth {
        case .trueColor: [.trueColor]
        case .c256: [.c256]
        case .c16: [.c16]
        case .c8: [.c16, .c8]
        case .mono: [.mono]
        }
    }
}
