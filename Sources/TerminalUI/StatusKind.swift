/// The state of a thing as a status glyph shows it.
public enum StatusKind: Sendable, Hashable, CaseIterable {
    case ok, warn, error, pending

    /// The theme role that colours this status.
    public var role: ThemeRole {
        switch self {
        case .ok: .ok
        case .warn: .warn
        case .error: .error
        case .pending: .muted
        }
    }
}

extension GlyphSet {
    /// The glyph for `status`: ● ▲ ✖ ◌ in Unicode, * ! x ~ in ASCII.
    public func glyph(for status: StatusKind) -> Character {
        switch status {
        case .ok: statusOK
        case .warn: statusWarn
        case .error: statusError
        case .pending: statusPending
        }
    }

    /// A styled status glyph, ready to put in a `TextLine` or table cell.
    public func span(for status: StatusKind, theme: Theme) -> Span {
        Span(String(glyph(for: status)), style: theme.style(status.role))
    }
}
