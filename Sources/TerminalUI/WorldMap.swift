/// Points by latitude/longitude on an equirectangular world map with a coarse coastline,
/// drawn in braille dots (2×4 a cell) or, in ASCII, one `*` a cell over `.` coastline.
public struct WorldMap: Widget, Sendable, Hashable {
    /// A place to mark, with an optional style of its own (e.g. a status colour).
    public struct Point: Sendable, Hashable {
        public var latitude: Double
        public var longitude: Double
        public var style: Style?

        /// A point at `latitude` (−90…90) and `longitude` (−180…180).
        public init(latitude: Double, longitude: Double, style: Style? = nil) {
            self.latitude = latitude
            self.longitude = longitude
            self.style = style
        }
    }

    public var points: [Point]
    public var glyphs: GlyphSet
    /// The coastline's style.
    public var style: Style
    /// The style of cells holding a point (unless the point has its own).
    public var pointStyle: Style
    public var showsOutline: Bool

    /// A map of `points`.
    public init(points: [Point], glyphs: GlyphSet = .unicode, style: Style = Style(attributes: .dim),
                pointStyle: Style = Style(attributes: .bold), showsOutline: Bool = true) {
        self.points = points
        self.glyphs = glyphs
        self.style = style
        self.pointStyle = pointStyle
        self.showsOutline = showsOutline
    }

    /// The dot (column, row) of a position on a grid of `columns`×`rows` dots; out-of-range positions are clamped.
    public static func dot(latitude: Double, longitude: Double, columns: Int, rows: Int) -> (x: Int, y: Int) {
        let fx = (longitude + 180) / 360 * Double(columns)
        let fy = (90 - latitude) / 180 * Double(rows)
        let x = fx.isFinite ? Int(fx.rounded(.down)) : 0
        let y = fy.isFinite ? Int(fy.rounded(.down)) : 0
        return (min(max(0, x), columns - 1), min(max(0, y), rows - 1))
    }

    /// Dots a cell holds across and down in the current glyph set.
    var dotsPerCell: (x: Int, y: Int) { glyphs.isUnicode ? (2, 4) : (1, 1) }

    /// Draws the map filling `area`.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let (cx, cy) = dotsPerCell
        let columns = area.width * cx, rows = area.height * cy
        let bits = showsOutline ? WorldMap.coastBits(width: area.width, height: area.height, dots: dotsPerCell)
            : Array(repeating: UInt8(0), count: area.width * area.height)
        var marked = Array(repeating: Style?.none, count: area.width * area.height)
        var pointBits = Array(repeating: UInt8(0), count: area.width * area.height)
        for p in points {
            let d = WorldMap.dot(latitude: p.latitude, longitude: p.longitude, columns: columns, rows: rows)
            let i = (d.y / cy) * area.width + d.x / cx
            pointBits[i] |= WorldMap.brailleBit(d.x % cx, d.y % cy)
            marked[i] = p.style ?? pointStyle
        }
        for row in 0..<area.height {
            for col in 0..<area.width {
                let i = row * area.width + col
                let symbol: String
                if let mark = marked[i] {
                    symbol = glyphs.isUnicode ? WorldMap.braille(pointBits[i]) : String(glyphs.mapPoint)
                    buffer[area.x + col, area.y + row] = Cell(symbol, style: mark)
                } else if bits[i] != 0 {
                    symbol = glyphs.isUnicode ? WorldMap.braille(bits[i]) : String(glyphs.mapGrid)
                    buffer[area.x + col, area.y + row] = Cell(symbol, style: style)
                }
            }
        }
    }

    /// The braille bit of dot (dx, dy) within a 2×4 cell (dots 1–8 of U+2800).
    static func brailleBit(_ dx: Int, _ dy: Int) -> UInt8 {
        guard dy < 3 else { return dx == 0 ? 0x40 : 0x80 }
        return UInt8(1 << (dy + (dx == 0 ? 0 : 3)))
    }

    /// The braille character with `bits` raised.
    static func braille(_ bits: UInt8) -> String {
        String(Character(Unicode.Scalar(0x2800 + UInt32(bits))!))
    }

    /// True for a land dot with sea beside it (4-neighbourhood), on a grid of `columns`×`rows` dots.
    static func isCoast(x: Int, y: Int, columns: Int, rows: Int) -> Bool {
        func land(_ x: Int, _ y: Int) -> Bool {
            guard y >= 0, y < rows else { return true }
            let wx = (x + columns) % columns
            return isLand(latitude: 90 - (Double(y) + 0.5) * 180 / Double(rows),
                          longitude: (Double(wx) + 0.5) * 360 / Double(columns) - 180)
        }
        guard land(x, y) else { return false }
        return !land(x - 1, y) || !land(x + 1, y) || !land(x, y - 1) || !land(x, y + 1)
    }
}
