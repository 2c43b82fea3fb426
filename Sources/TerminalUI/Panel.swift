/// A bordered box with an optional title; the focused panel gets a heavier border and its own style.
public struct Panel: Widget, Sendable, Hashable {
    public var title: String?
    public var focused: Bool
    public var glyphs: GlyphSet
    public var borderStyle: Style
    public var focusedBorderStyle: Style
    public var titleStyle: Style

    /// A panel with explicit styles.
    public init(title: String? = nil, focused: Bool = false, glyphs: GlyphSet = .unicode,
                borderStyle: Style = .plain, focusedBorderStyle: Style = .plain, titleStyle: Style = .plain) {
        self.title = title
        self.focused = focused
        self.glyphs = glyphs
        self.borderStyle = borderStyle
        self.focusedBorderStyle = focusedBorderStyle
        self.titleStyle = titleStyle
    }

    /// A panel styled by `theme` (border, borderFocused, title roles).
    public init(title: String? = nil, focused: Bool = false, theme: Theme, glyphs: GlyphSet = .unicode) {
        self.init(title: title, focused: focused, glyphs: glyphs, borderStyle: theme.style(.border),
                  focusedBorderStyle: theme.style(.borderFocused), titleStyle: theme.style(.title))
    }

    /// The content area inside the border.
    public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    /// Draws the border and title around `area`; the inside is left untouched.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        let b = focused ? glyphs.focusedBorder : glyphs.border
        let style = focused ? focusedBorderStyle : borderStyle
        // Cells, not strings: a border is the same glyph over and over.
        let horizontal = Cell(String(b.horizontal), style: style), vertical = Cell(String(b.vertical), style: style)
        buffer.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1), with: horizontal)
        buffer.fill(Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1), with: horizontal)
        buffer[area.x, area.y] = Cell(String(b.topLeft), style: style)
        buffer[area.maxX - 1, area.y] = Cell(String(b.topRight), style: style)
        buffer[area.x, area.maxY - 1] = Cell(String(b.bottomLeft), style: style)
        buffer[area.maxX - 1, area.maxY - 1] = Cell(String(b.bottomRight), style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer[area.x, y] = vertical
            buffer[area.maxX - 1, y] = vertical
        }
        if let title, !title.isEmpty, area.width >= 5 {
            // " title " sits after the corner and one border cell, and never eats the right corner.
            let text = TextWidth.truncate(title, to: area.width - 6 > 0 ? area.width - 6 : 1, ellipsis: glyphs.ellipsis)
            buffer.write(" " + text + " ", x: area.x + 2, y: area.y, style: titleStyle, maxWidth: area.width - 3)
        }
    }
}
