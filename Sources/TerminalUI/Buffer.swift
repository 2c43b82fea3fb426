/// A grid of cells that a frame is drawn into; the backend writes the diff of two of them.
public struct Buffer: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Row-major cells.
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Sets the style of every cell in `rect` (clipped), keeping symbols.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { cells[y * width + x].style = style } }
    }

    /// Fills `rect` (clipped) with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { cells[y * width + x] = cell } }
    }

    /// Writes `text` from (x, y), clipped at `maxWidth` columns and at the buffer's edge.
    /// Wide graphemes take two cells; one that would straddle the edge is replaced by a space.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for g in text {
            let w = TextWidth.of(g)
            if w == 0 {
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                self[col, y] = Cell(String(g), style: style)
                if w == 2 { self[col + 1, y] = Cell("", style: style) }
            }
            col += w
        }
        // A wide grapheme that did not fit gets a space so the row keeps its width.
        return col - x
    }

    /// The text of each row (continuation cells skipped), for tests and snapshots.
    public func lines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width {
                let c = cells[y * width + x]
                if !c.isContinuation { s += c.symbol }
            }
            return s
        }
    }

    /// Text of all rows joined by newlines, trailing spaces trimmed on each row.
    public func text() -> String {
        lines().map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }

    /// Resizes, keeping nothing (the next frame redraws everything).
    public mutating func resize(width w: Int, height h: Int) {
        self = Buffer(width: w, height: h)
    }
}
