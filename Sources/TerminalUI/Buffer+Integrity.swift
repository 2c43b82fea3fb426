extension Buffer {
    /// The cell with any control character replaced by a visible substitute, so no C0, C1 or DEL is ever stored.
    static func sanitized(_ cell: Cell) -> Cell {
        if TextWidth.isPrintableASCII(cell.symbol) { return cell }
        guard cell.symbol.unicodeScalars.contains(where: { TextWidth.isControl($0.value) }) else { return cell }
        var c = cell
        c.symbol = controlSubstitute
        return c
    }

    /// What a control character shows as: a plain `?`, readable in any locale.
    public static let controlSubstitute = "?"

    /// True when every continuation cell follows a wide grapheme and every wide grapheme has one (for tests).
    public var isWellFormed: Bool {
        for y in 0..<height {
            var x = 0
            while x < width {
                let c = cells[y * width + x]
                if c.isContinuation { return false }
                if TextWidth.of(c.symbol) == 2 {
                    guard x + 1 < width, cells[y * width + x + 1].isContinuation else { return false }
                    x += 2
                } else {
                    x += 1
                }
            }
        }
        return true
    }
}
