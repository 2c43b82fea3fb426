extension Color {
    /// The nearest colour the terminal can show at `depth`: truecolor → xterm-256 cube/grey → 16 → 8; mono drops colour.
    public func downsampled(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _): return .default
        case (_, .mono): return .default
        case (_, .trueColor): return self
        case (.ansi, .c256), (.indexed, .c256): return self
        case (.rgb(let r, let g, let b), .c256): return .indexed(Color.nearest256(r, g, b))
        case (.ansi(let n), .c16) where n < 16: return self
        case (.indexed(let n), .c16) where n < 16: return .ansi(n)
        case (_, .c16): return .ansi(Color.nearest(in: 0..<16, to: rgbValue))
        case (_, .c8): return .ansi(Color.nearest(in: 0..<8, to: rgbValue))
        }
    }

    /// The colour as 24-bit RGB, using the xterm default palette for indexed colours.
    public var rgbValue: (r: UInt8, g: UInt8, b: UInt8) {
        switch self {
        case .default: return (0, 0, 0)
        case .rgb(let r, let g, let b): return (r, g, b)
        case .ansi(let n), .indexed(let n): return Color.xtermRGB(Int(n))
        }
    }

    /// xterm's default RGB for a palette index.
    static func xtermRGB(_ i: Int) -> (r: UInt8, g: UInt8, b: UInt8) {
        switch i {
        case 0..<16: return ansiPalette[i]
        case 16..<232:
            let n = i - 16
            return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
        default:
            let v = UInt8(8 + 10 * (i - 232))
            return (v, v, v)
        }
    }

    /// The 16 ANSI colours as xterm draws them by default.
    static let ansiPalette: [(r: UInt8, g: UInt8, b: UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The six channel levels of the xterm 6×6×6 colour cube.
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    static func distance(_ a: (r: UInt8, g: UInt8, b: UInt8), _ b: (r: UInt8, g: UInt8, b: UInt8)) -> Int {
        let dr = Int(a.r) - Int(b.r), dg = Int(a.g) - Int(b.g), db = Int(a.b) - Int(b.b)
        return dr * dr + dg * dg + db * db
    }

    /// The palette index in `range` closest to `rgb`; ties go to the lower index.
    static func nearest(in range: Range<Int>, to rgb: (r: UInt8, g: UInt8, b: UInt8)) -> UInt8 {
        var best = range.lowerBound, bestDistance = Int.max
        for i in range {
            let d = distance(xtermRGB(i), rgb)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return UInt8(best)
    }

    /// The closest entry of the 256-colour cube or grey ramp (indices 16–255) to an RGB colour.
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func level(_ c: UInt8) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(Int(l) - Int(c)) < abs(Int(cubeLevels[best]) - Int(c)) { best = i }
            return best
        }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grey = 232 + Swift.min(23, Swift.max(0, (average - 3) / 10))
        let target = (r: r, g: g, b: b)
        return UInt8(distance(xtermRGB(grey), target) < distance(xtermRGB(cube), target) ? grey : cube)
    }
}
