/// Text attributes that survive on any terminal, even without colour.
public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let italic = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let reverse = Attributes(rawValue: 1 << 4)
    public static let blink = Attributes(rawValue: 1 << 5)
}

/// Foreground, background and attributes of a cell.
public struct Style: Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    public var attributes: Attributes

    public init(fg: Color = .default, bg: Color = .default, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    /// The terminal's defaults, no attributes.
    public static let plain = Style()

    /// This style with extra attributes.
    public func adding(_ extra: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }
}
