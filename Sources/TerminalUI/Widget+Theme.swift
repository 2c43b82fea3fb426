extension Spinner {
    /// A spinner in the theme's spinner role.
    public init(tick: Int, pending: Bool, label: String? = nil, theme: Theme, glyphs: GlyphSet = .unicode) {
        self.init(tick: tick, pending: pending, label: label, glyphs: glyphs, style: theme.style(.spinner))
    }
}

extension Sparkline {
    /// A sparkline in the theme's accent role.
    public init(_ values: [Double], maxValue: Double? = nil, theme: Theme, glyphs: GlyphSet = .unicode) {
        self.init(values, maxValue: maxValue, glyphs: glyphs, style: theme.style(.accent))
    }
}

extension WorldMap {
    /// A map whose coastline uses the map role and whose points use the accent role (bold, so they show in mono).
    public init(points: [Point], theme: Theme, glyphs: GlyphSet = .unicode, showsOutline: Bool = true) {
        self.init(points: points, glyphs: glyphs, style: theme.style(.map),
                  pointStyle: theme.style(.accent).adding(.bold), showsOutline: showsOutline)
    }
}

extension Dialog {
    /// A dialog styled by `theme`; `danger` draws the frame in the danger role (for destructive confirmations).
    public init(title: String, message: [String], buttons: [String] = ["OK"], focusedButton: Int = 0,
                theme: Theme, danger: Bool = false, glyphs: GlyphSet = .unicode, maxWidth: Int = 60) {
        self.init(title: title, message: message, buttons: buttons, focusedButton: focusedButton,
                  styles: Styles(theme: theme, danger: danger), glyphs: glyphs, maxWidth: maxWidth)
    }
}
