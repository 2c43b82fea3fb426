import Testing
import TerminalUI

struct MemoryTerminalTests {
    @Test func firstPresentWritesEveryCellThenOnlyChanges() {
        var term = MemoryTerminal(width: 10, height: 3)
        var frame = Buffer(width: 10, height: 3)
        frame.write("hello", x: 0, y: 0)
        #expect(term.present(frame).cells == 30)
        frame.write("J", x: 0, y: 0)
        let second = term.present(frame)
        #expect(second.cells == 1)
        #expect(second.bytes > 1)
        #expect(term.present(frame) == .init(cells: 0, bytes: 0))
        #expect(term.framesWritten == 2)
        #expect(term.presents == 3)
    }

    @Test func wideCharactersCountOnceAndInvalidateRepaintsAll() {
        var term = MemoryTerminal(width: 4, height: 1)
        var frame = Buffer(width: 4, height: 1)
        frame.write("中a", x: 0, y: 0)
        #expect(term.present(frame).cells == 3)
        term.invalidate()
        #expect(term.present(frame).cells == 3)
        #expect(term.screen.text() == "中a")
    }

    @Test func oneChangedRowCostsFarLessThanAFullRepaint() {
        var term = MemoryTerminal(width: 200, height: 60)
        var frame = Buffer(width: 200, height: 60)
        for y in 0..<60 { frame.write(String(repeating: "x", count: 200), x: 0, y: y) }
        let full = term.present(frame)
        frame.write(String(repeating: "y", count: 200), x: 0, y: 30)
        let row = term.present(frame)
        #expect(row.cells == 200)
        #expect(row.bytes * 20 < full.bytes)
    }
}
