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
