/// Several lines of text, one a row, optionally word-wrapped; rows past the area are dropped.
public struct Paragraph: Widget, Sendable, Hashable {
    public var lines: [TextLine]

    /// A paragraph of ready-made lines.
    public init(_ lines: [TextLine]) { self.lines = lines }

    /// A paragraph of plain text in one style; `\n` separates lines.
    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left, ellipsis: String = "…") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextLine(String($0), style: style, alignment: alignment, ellipsis: ellipsis) }
    }

    /// Draws one line a row from the top of `area`.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        for (i, line) in lines.prefix(area.height).enumerated() { line.render(area.row(i), into: &buffer) }
    }

    /// `text` broken into rows of at most `width` columns at spaces; words longer than a row are split.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var rows: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var row = "", rowWidth = 0
            for word in paragraph.split(separator: " ") {
                var w = String(word), ww = TextWidth.of(w)
                if rowWidth > 0 && rowWidth + 1 + ww <= width {
                    row += " " + w
                    rowWidth += 1 + ww
                    continue
                }
                if rowWidth > 0 { rows.append(row) }
                while ww > width {
                    let head = TextWidth.truncate(w, to: width, ellipsis: "")
                    guard !head.isEmpty else { break }
                    rows.append(head)
                    w = String(w.dropFirst(head.count))
                    ww = TextWidth.of(w)
                }
                row = w
                rowWidth = ww
            }
            rows.append(row)
        }
        return rows
    }
}
