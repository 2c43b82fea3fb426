/// A run of text in one style.
public struct Span: Sendable, Hashable, ExpressibleByStringInterpolation {
    public var text: String
    public var style: Style

    /// A span of `text` in `style`.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// An unstyled span from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// Columns the span occupies.
    public var width: Int { TextWidth.of(text) }
}
