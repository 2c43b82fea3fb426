import TerminalUI

/// A list's place on screen: its table (header line, then rows) and which of its rows are shown. The table scrolls
/// from the first row it showed after the user last moved (`Screen.scrollTops`) only as far as the selection needs,
/// so the window follows from the count, the selection and that row.
public struct ListGeometry: Sendable, Equatable {
    /// The table's area: its header line, then one line a row.
    public var table: Rect
    /// The indices of the rows shown, top to bottom.
    public var window: Range<Int>
    /// The selected index the window was computed for.
    public var selected: Int?

    /// The window of `count` rows in `table` that shows `selected`, scrolled from `top`.
    public init(table: Rect, count: Int, selected: Int?, top: Int = 0) {
        self.table = table
        self.selected = selected
        window = Table.window(count: count, selected: selected, visibleRows: table.height - 1, top: top)
    }

    /// The row index drawn at screen line `y` (nil: the header, or no row there).
    public func row(atY y: Int) -> Int? {
        let i = window.lowerBound + (y - table.y - 1)
        return y > table.y && y < table.maxY && window.contains(i) ? i : nil
    }

    /// Where row `i` is drawn (nil when it is not shown).
    public func rect(ofRow i: Int) -> Rect? {
        window.contains(i) ? Rect(x: table.x, y: table.y + 1 + i - window.lowerBound, width: table.width, height: 1) : nil
    }

    /// The selection within the window, as the table draws it.
    public var selectedInWindow: Int? { selected.map { $0 - window.lowerBound } }
}
