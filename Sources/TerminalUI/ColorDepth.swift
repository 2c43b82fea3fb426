/// How many colours a terminal can show; themes and colours are down-sampled to it.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable, Codable {
    /// 24-bit colour.
    case trueColor
    /// The xterm 256-colour palette.
    case c256
    /// The 16 ANSI colours (8 plus bright variants).
    case c16
    /// The 8 basic ANSI colours.
    case c8
    /// No colour at all: attributes only.
    case mono

    /// The depth for a terminal reporting `colors` colours (ncurses `COLORS`), with 24-bit colour when `direct`.
    public init(colors: Int, direct: Bool = false) {
        if direct { self = .trueColor; return }
        switch colors {
        case 256...: self = .c256
        case 16...: self = .c16
        case 8...: self = .c8
        default: self = .mono
        }
    }

    /// The number of palette entries at this depth (nil for 24-bit colour).
    public var paletteSize: Int? {
        switch self {
        case .trueColor: nil
        case .c256: 256
        case .c16: 16
        case .c8: 8
        case .mono: 0
        }
    }
}

extension ColorDepth {
    /// The depth a command-line or config value names: `truecolor`/`24bit`, `256`, `16`, `8` or `mono`.
    public init?(name: String) {
        guard let d = ThemeDocument.depth(named: name) else { return nil }
        self = d
    }
}
