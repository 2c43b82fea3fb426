extension Style {
    /// This style with both colours down-sampled to `depth`.
    /// When two different colours collapse into one, the foreground switches to black or white so text stays readable.
    public func downsampled(to depth: ColorDepth) -> Style {
        var s = self
        s.fg = fg.downsampled(to: depth)
        s.bg = bg.downsampled(to: depth)
        if depth == .c8 {
            // Eight colours have no grey: the nearest RGB to bright black is yellow, which would make every muted
            // label, border and time look like a warning. Greys keep their role instead: text in the default colour,
            // dimmed unless it was near white; backgrounds the default, or white when light.
            if fg.isGrey {
                s.fg = .default
                if fg.luma < 200 { s.attributes.insert(.dim) }
            }
            if bg.isGrey { s.bg = bg.luma > 160 ? .ansi(7) : .default }
        }
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

extension Color {
    /// A grey, neither black nor white (bright black, the 256-colour grey ramp, an RGB grey): no hue to keep.
    var isGrey: Bool {
        guard self != .default else { return false }
        let (r, g, b) = rgbValue
        let chroma = Int(max(r, g, b)) - Int(min(r, g, b))
        return chroma < 24 && luma > 24 && luma < 240
    }

    /// Perceived brightness, 0–255.
    var luma: Int {
        let (r, g, b) = rgbValue
        return (299 * Int(r) + 587 * Int(g) + 114 * Int(b)) / 1000
    }
}
