/// Recent values as a one-row bar ramp (▁▂▃▄▅▆▇█, or `_.-=#` in ASCII); the newest value is rightmost.
public struct Sparkline: Widget, Sendable, Hashable {
    public var values: [Double]
    /// The value drawn as a full bar; the largest value when nil.
    public var maxValue: Double?
    public var glyphs: GlyphSet
    public var style: Style

    /// A sparkline of `values`, oldest first.
    public init(_ values: [Double], maxValue: Double? = nil, glyphs: GlyphSet = .unicode, style: Style = .plain) {
        self.values = values
        self.maxValue = maxValue
        self.glyphs = glyphs
        self.style = style
    }

    /// The ramp characters for the last `width` values (a space for a missing or non-finite value).
    public func symbols(width: Int) -> [Character] {
        let ramp = glyphs.sparkline
        guard width > 0, !ramp.isEmpty else { return [] }
        let shown = values.suffix(width)
        let top = maxValue ?? shown.filter(\.isFinite).max() ?? 0
        return shown.map { v in
            guard v.isFinite else { return " " }
            guard top > 0 else { return ramp[0] }
            let ratio = min(1, max(0, v / top))
            return ramp[Int((ratio * Double(ramp.count - 1)).rounded())]
        }
    }

    /// Draws on the bottom row of `area`, right-aligned so the newest value is at the right edge.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = symbols(width: area.width)
        buffer.write(String(s), x: area.maxX - s.count, y: area.maxY - 1, style: style, maxWidth: s.count)
    }
}
