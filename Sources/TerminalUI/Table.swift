/// Rows under a header, with a sort marker, a highlighted selected row and scrolling that keeps it in view.
public struct Table: Widget, Sendable, Hashable {
    public var columns: [Column]
    public var rows: [Row]
    /// Index of the selected row, if any.
    public var selected: Int?
    /// The first row shown (the caller keeps it between frames; rendering corrects it to show the selection).
    public var offset: Int
    public var sort: Sort?
    public var styles: Styles
    public var glyphs: GlyphSet
    public var showsHeader: Bool
    /// Shown under the header when there are no rows ("No sessions").
    public var placeholder: String?
    /// Blank columns between two columns.
    public var columnSpacing: Int

    /// A table; `offset` is the scroll position from the previous frame.
    public init(columns: [Column], rows: [Row], selected: Int? = nil, offset: Int = 0, sort: Sort? = nil,
                styles: Styles = Styles(), glyphs: GlyphSet = .unicode, showsHeader: Bool = true,
                placeholder: String? = nil, columnSpacing: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.sort = sort
        self.styles = styles
        self.glyphs = glyphs
        self.showsHeader = showsHeader
        self.placeholder = placeholder
        self.columnSpacing = columnSpacing
    }

    /// The first visible row so that `selected` is on screen, moving `current` as little as possible.
    public static func scrollOffset(selected: Int?, current: Int, visibleRows: Int) -> Int {
        let current = max(0, current)
        guard let selected, selected >= 0 else { return current }
        guard visibleRows > 0 else { return selected }
        if selected < current { return selected }
        if selected >= current + visibleRows { return selected - visibleRows + 1 }
        return current
    }

    /// The rows a table of `count` rows shows with `selected` on screen, scrolled no further from `top` (the first row
    /// it showed before) than that needs: for callers that build only those rows (a list of 1,000 need not become
    /// 1,000 rows of cells each frame).
    public static func window(count: Int, selected: Int?, visibleRows: Int, top: Int = 0) -> Range<Int> {
        let visible = max(1, visibleRows)
        let start = max(0, min(scrollOffset(selected: selected, current: top, visibleRows: visible), count - visible))
        return start..<min(count, start + visible)
    }

    /// Rows of `area` that hold data rows.
    public func visibleRows(in area: Rect) -> Int { max(0, area.height - (showsHeader ? 1 : 0)) }

    /// The offset this table draws with in `area`: `offset` corrected to show the selection and not run past the end.
    public func effectiveOffset(in area: Rect) -> Int {
        let visible = visibleRows(in: area)
        let o = Table.scrollOffset(selected: selected, current: offset, visibleRows: visible)
        return max(0, min(o, rows.count - visible))
    }

    /// Width of the selection marker gutter ("› ").
    var markerWidth: Int { 2 }

    /// The width of each column for a table `total` columns wide.
    public func columnWidths(total: Int) -> [Int] {
        let spacing = max(0, columns.count - 1) * columnSpacing
        let constraints = columns.map { column -> Layout.Constraint in
            switch column.width {
            case .fixed(let n): .fixed(n)
            case .flex(let w): .fill(w)
            case .min(let n): .min(n)
            }
        }
        return Layout.sizes(constraints, total: max(0, total - markerWidth - spacing))
    }

    /// Draws header and visible rows into `area`.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty, !columns.isEmpty else { return }
        let widths = columnWidths(total: area.width)
        var y = area.y
        if showsHeader {
            buffer.fill(area.row(0), with: Cell(" ", style: styles.header))
            let titles = columns.indices.map { headerText($0, width: widths[$0]) }
            drawCells(titles.map { TableCell($0) }, widths: widths, x: area.x, y: y, style: styles.header,
                      alignments: columns.map(\.alignment), into: &buffer)
            y += 1
        }
        if rows.isEmpty, let placeholder, y < area.maxY {
            TextLine(placeholder, style: styles.muted, alignment: .center, ellipsis: glyphs.ellipsis)
                .render(Rect(x: area.x, y: y, width: area.width, height: 1), into: &buffer)
            return
        }
        let start = effectiveOffset(in: area)
        for index in start..<min(rows.count, start + visibleRows(in: area)) {
            let row = rows[index]
            let isSelected = index == selected
            let rowStyle = isSelected ? styles.selection : (row.style ?? styles.text)
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: rowStyle))
            if isSelected { buffer.write(String(glyphs.selectionMarker), x: area.x, y: y, style: rowStyle) }
            if row.marked { buffer.write(String(glyphs.markedRow), x: area.x + 1, y: y, style: rowStyle.adding(.bold)) }
            let cells = isSelected ? row.cells.map { TableCell($0.text) } : row.cells
            drawCells(cells, widths: widths, x: area.x, y: y, style: rowStyle, alignments: columns.map(\.alignment), into: &buffer)
            y += 1
        }
    }

    /// A header title, with the sort marker kept visible when the title is cut.
    func headerText(_ column: Int, width: Int) -> String {
        let title = columns[column].title
        guard let sort, sort.column == column else { return title }
        let marker = String(sort.ascending ? glyphs.sortAscending : glyphs.sortDescending)
        guard width > 2 else { return marker }
        return TextWidth.truncate(title, to: width - 2, ellipsis: glyphs.ellipsis) + " " + marker
    }

    /// Writes one row of cells after the marker gutter, each fitted to its column.
    private func drawCells(_ cells: [TableCell], widths: [Int], x: Int, y: Int, style: Style,
                           alignments: [Alignment], into buffer: inout Buffer) {
        var cx = x + markerWidth
        for (i, w) in widths.enumerated() {
            if w > 0, i < cells.count {
                // As `TextWidth.fit` would draw it, without building the padded string.
                let cellStyle = cells[i].style ?? style
                let text = TextWidth.truncate(cells[i].text, to: w, ellipsis: glyphs.ellipsis)
                let gap = w - TextWidth.of(text)
                if gap > 0 { buffer.fill(Rect(x: cx, y: y, width: w, height: 1), with: Cell(" ", style: cellStyle)) }
                let lead = switch alignments[i] {
                case .left: 0
                case .right: max(0, gap)
                case .center: max(0, gap) / 2
                }
                buffer.write(text, x: cx + lead, y: y, style: cellStyle, maxWidth: w - lead)
            }
            cx += w + columnSpacing
        }
    }
}

extension Table {
    /// ` · 8–14 of 20` for a title when not every row of `count` fits: the rows `w` the list shows; empty when all do.
    public static func rowsShown(_ w: Range<Int>, of count: Int, glyphs: GlyphSet) -> String {
        guard !w.isEmpty, count > w.count else { return "" }
        return " \(glyphs.separator) \(w.lowerBound + 1)\(glyphs.isUnicode ? "–" : "-")\(w.upperBound) of \(count)"
    }
}
