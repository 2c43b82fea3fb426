import Testing
@testable import TerminalUI

@Suite struct DiffTests {
    @Test func identicalBuffersHaveNoChanges() {
        var a = Buffer(width: 10, height: 3)
        a.write("hello", x: 2, y: 1)
        #expect(a.diff(from: a).isEmpty)
    }

    @Test func onlyChangedCellsReported() {
        var a = Buffer(width: 10, height: 3)
        a.write("hello", x: 0, y: 0)
        var b = a
        b.write("J", x: 0, y: 0)
        b.write("!", x: 9, y: 2, style: Style(attributes: .bold))
        let changes = b.diff(from: a)
        #expect(changes == [
            CellChange(x: 0, y: 0, cell: Cell("J")),
            CellChange(x: 9, y: 2, cell: Cell("!", style: Style(attributes: .bold))),
        ])
    }

    @Test func styleOnlyChangeIsAChange() {
        let a = Buffer(width: 3, height: 1)
        var b = a
        b.setStyle(Style(fg: .ansi(1)), in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(b.diff(from: a).map { "\($0.x),\($0.y)" } == ["1,0"])
    }

    @Test func wideReplacedByNarrow() {
        var a = Buffer(width: 4, height: 1)
        a.write("世x", x: 0, y: 0)
        var b = Buffer(width: 4, height: 1)
        b.write("ab", x: 0, y: 0)
        b.write("x", x: 2, y: 0)
        let changes = b.diff(from: a)
        #expect(changes == [CellChange(x: 0, y: 0, cell: Cell("a")), CellChange(x: 1, y: 0, cell: Cell("b"))])
        // And back: narrow replaced by wide gives the lead and its continuation.
        let back = a.diff(from: b)
        #expect(back == [CellChange(x: 0, y: 0, cell: Cell("世")), CellChange(x: 1, y: 0, cell: Cell(""))])
    }

    @Test func sizeChangeYieldsEveryCell() {
        let a = Buffer(width: 3, height: 2)
        let b = Buffer(width: 2, height: 2)
        #expect(b.diff(from: a).count == 4)
    }
}
