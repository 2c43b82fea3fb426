import Testing
@testable import TerminalUI

@Suite struct TableTests {
    let columns = [
        Table.Column("ID", width: .fixed(4)),
        Table.Column("Region", width: .flex(1)),
        Table.Column("Ping", width: .fixed(5), alignment: .right),
    ]

    func rows(_ n: Int) -> [Table.Row] {
        (0..<n).map { Table.Row(["r\($0)", "eu-west-\($0)", "\($0 * 10)"]) }
    }

    @Test func headerRowsAndSortMarker() {
        var b = Buffer(width: 24, height: 3)
        Table(columns: columns, rows: rows(2), sort: Table.Sort(column: 2, ascending: false)).render(b.area, into: &b)
        // 24 = 2 marker + 4 + 1 + region + 1 + 5 → region is 11 wide.
        #expect(b.lines() == [
            "  ID   Region      Pi… ▼",
            "  r0   eu-west-0       0",
            "  r1   eu-west-1      10",
        ])
    }

    @Test func selectedRowHasMarkerAndSelectionStyle() {
        var b = Buffer(width: 24, height: 3)
        let styles = Table.Styles(theme: .mono)
        Table(columns: columns, rows: rows(2), selected: 1, styles: styles).render(b.area, into: &b)
        #expect(b.lines()[2].hasPrefix("› r1"))
        #expect((0..<24).allSatisfy { b[$0, 2].style == Theme.mono.style(.selection) })
        #expect(b[5, 1].style == .plain)
    }

    @Test func truncationUsesEllipsisAndRespectsWideCharacters() {
        var b = Buffer(width: 16, height: 2)
        let cols = [Table.Column("Name", width: .flex(1))]
        Table(columns: cols, rows: [Table.Row(["東京リレーサーバー"])], showsHeader: false).render(b.area, into: &b)
        // 14 columns: 6 wide characters (12) + "…" fits, a 7th would not.
        #expect(b.lines()[0] == "  東京リレーサ… ")
        #expect(b.isWellFormed)
        var a = Buffer(width: 10, height: 1)
        Table(columns: cols, rows: [Table.Row(["abcdefghijk"])], glyphs: .ascii, showsHeader: false).render(a.area, into: &a)
        #expect(a.lines() == ["  abcde..."])
    }

    @Test func scrollOffsetKeepsSelectionVisible() {
        #expect(Table.scrollOffset(selected: 0, current: 0, visibleRows: 5) == 0)
        #expect(Table.scrollOffset(selected: 4, current: 0, visibleRows: 5) == 0)
        #expect(Table.scrollOffset(selected: 5, current: 0, visibleRows: 5) == 1)
        #expect(Table.scrollOffset(selected: 12, current: 3, visibleRows: 5) == 8)
        #expect(Table.scrollOffset(selected: 2, current: 8, visibleRows: 5) == 2)
        #expect(Table.scrollOffset(selected: nil, current: 3, visibleRows: 5) == 3)
        #expect(Table.scrollOffset(selected: 3, current: 0, visibleRows: 0) == 3)
    }

    @Test func renderScrollsToSelection() {
        var b = Buffer(width: 24, height: 4)
        let t = Table(columns: columns, rows: rows(10), selected: 7, offset: 0)
        t.render(b.area, into: &b)
        #expect(t.effectiveOffset(in: b.area) == 5)
        #expect(b.lines().dropFirst().map { String($0.dropFirst(2).prefix(2)) } == ["r5", "r6", "r7"])
    }

    @Test func perCellStyleWinsOverRowStyle() {
        var b = Buffer(width: 24, height: 2)
        let red = Style(fg: .ansi(1)), dim = Style(attributes: .dim)
        let row = Table.Row(["a", TableCell("b", style: red), "c"], style: dim)
        Table(columns: columns, rows: [row]).render(b.area, into: &b)
        #expect(b[2, 1].style == dim)
        #expect(b[7, 1].style == red)
    }

    @Test func placeholderWhenEmpty() {
        var b = Buffer(width: 24, height: 3)
        Table(columns: columns, rows: [], placeholder: "No sessions").render(b.area, into: &b)
        #expect(b.text() == "  ID   Region       Ping\n      No sessions\n")
    }
}
