/// A grid of cells that a frame is drawn into; the backend writes the diff of two of them.
public struct Buffer: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Row-major cells.
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Buffer.sanitized(fill), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(width: width, height: height) }

    /// One cell. Setting it keeps the grid well formed: control characters are substituted, a wide symbol also
    /// claims the next cell (or becomes a space at the edge), a stray continuation or zero-width symbol becomes
    /// a space, and the orphaned half of an overwritten wide grapheme is blanked.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            var cell = Buffer.sanitized(newValue)
            if cell.symbol.utf8.count > 1, cell.symbol.count > 1 { cell.symbol = String(cell.symbol.first!) }
            if cell.isContinuation {
                let i = y * width + x
                if x == 0 || TextWidth.of(cells[i - 1].symbol) != 2 { cell.symbol = " " }
                put(cell, x: x, y: y)
                return
            }
            switch TextWidth.of(cell.symbol) {
            case 2 where x + 1 < width:
                put(cell, x: x, y: y)
                put(Cell("", style: cell.style), x: x + 1, y: y)
            case 1:
                put(cell, x: x, y: y)
            default:
                cell.symbol = " "
                put(cell, x: x, y: y)
            }
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
        guard !r.isEmpty else { return }
        var c = Buffer.sanitized(cell)
        // A continuation or wide symbol repeated over a rectangle cannot pair up: fill with spaces instead.
        if c.isContinuation || TextWidth.of(c.symbol) != 1 { c.symbol = " " }
        for y in r.y..<r.maxY {
            put(c, x: r.x, y: y)
            if r.maxX - 1 > r.x { put(c, x: r.maxX - 1, y: y) }
            for x in r.x..<r.maxX { cells[y * width + x] = c }
        }
    }

    /// Writes `text` from (x, y), clipped at `maxWidth` columns and at the buffer's edge.
    /// Wide graphemes take two cells; one that would straddle the edge is replaced by a space.
    /// Zero-width graphemes are dropped and control characters drawn as a substitute.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = maxWidth.map { min(width, x + max(0, $0)) } ?? width
        var col = x
        if TextWidth.isPrintableASCII(text) {
            // The common case, without grapheme breaking or property look-ups: a cell a byte.
            for byte in text.utf8 {
                if col >= limit { break }
                if col >= 0 { put(Cell(Buffer.asciiSymbols[Int(byte)], style: style), x: col, y: y) }
                col += 1
            }
            return col - x
        }
        for g in text {
            let w = TextWidth.of(g)
            if w == 0 { continue }
            if col >= limit { break }
            if col + w > limit {
                // Half a wide grapheme cannot be shown: a space keeps the row's width.
                if col >= 0 { put(Cell(" ", style: style), x: col, y: y) }
                col += 1
                break
            }
            if col >= 0 {
                put(Buffer.sanitized(Cell(String(g), style: style)), x: col, y: y)
                if w == 2 { put(Cell("", style: style), x: col + 1, y: y) }
            } else if col + w > 0 {
                // Wide grapheme cut by the left edge: its visible half becomes a space.
                put(Cell(" ", style: style), x: 0, y: y)
            }
            col += w
        }
        return col - x
    }

    /// One-character strings for the ASCII range (small strings: no allocation, shared by every frame).
    static let asciiSymbols: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Stores `cell` at an in-bounds (x, y), first blanking the other half of any wide grapheme it cuts in two.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, !cell.isContinuation, x > 0, !cells[i - 1].isContinuation {
            cells[i - 1].symbol = " "
        }
        if !old.isContinuation, x + 1 < width, cells[i + 1].isContinuation {
            cells[i + 1].symbol = " "
        }
        cells[i] = cell
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
