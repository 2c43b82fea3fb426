extension Style {
    /// This style with both colours down-sampled to `depth`.
    /// When two different colours collapse into one, the foreground switches to black or white so text stays readable.
    public func downsampled(to depth: ColorDepth) -> Style {
        var s = self
        s.fg = fg.downsampled(to: depth)
        s.bg = bg.downsampled(to: depth)
        if s.fg == s.bg, s.fg != .default, fg != bg {
            s.fg = Style.contrasting(s.bg, depth: depth)
        }
        return s
    }

    /// Black on light backgrounds, white on dark ones, expressed at `depth`.
    static func contrasting(_ bg: Color, depth: ColorDepth) -> Color {
        let (r, g, b) = bg.rgbValue
        let luma = (299 * Int(r) + 587 * Int(g) + 114 * Int(b)) / 1000
        let white: Color = depth == .c8 ? .ansi(7) : .ansi(15)
        return luma > 128 ? .ansi(0) : white
    }
}
