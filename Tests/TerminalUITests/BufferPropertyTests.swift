import Testing
@testable import TerminalUI

@Suite struct BufferPropertyTests {
    /// A small deterministic generator so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = ["a", "世", "👩‍💻", "🇫🇷", "e\u{301}", "\u{1B}", "\u{7F}", "\u{9B}", "\u{301}", " ", "界x", "—", "東京"]

    @Test(arguments: 1...8)
    func randomEditsStayWellFormedWithoutControls(_ seed: Int) {
        var g = Generator(state: UInt64(seed))
        var b = Buffer(width: 13, height: 3)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<g.next(5) { text += Self.pieces[g.next(Self.pieces.count)] }
            switch g.next(4) {
            case 0: b.fill(Rect(x: g.next(15) - 1, y: g.next(3), width: g.next(6), height: g.next(3)), with: Cell(Self.pieces[g.next(Self.pieces.count)]))
            case 1: b[g.next(13), g.next(3)] = Cell(Self.pieces[g.next(Self.pieces.count)])
            default: b.write(text, x: g.next(16) - 2, y: g.next(3), maxWidth: g.next(3) == 0 ? nil : g.next(10))
            }
            #expect(b.isWellFormed)
        }
        for c in b.cells { #expect(!c.symbol.unicodeScalars.contains { TextWidth.isControl($0.value) }) }
        for line in b.lines() { #expect(TextWidth.of(line) == 13) }
    }

    @Test(arguments: 1...8)
    func writesAndFillsAloneStayWellFormed(_ seed: Int) {
        var g = Generator(state: UInt64(seed) &* 7919)
        var b = Buffer(width: 11, height: 2)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<g.next(5) { text += Self.pieces[g.next(Self.pieces.count)] }
            if g.next(5) == 0 {
                b.fill(Rect(x: g.next(13) - 1, y: g.next(2), width: g.next(6), height: 1), with: Cell("."))
            } else {
                b.write(text, x: g.next(14) - 2, y: g.next(2), maxWidth: g.next(3) == 0 ? nil : g.next(10))
            }
            #expect(b.isWellFormed)
            for line in b.lines() { #expect(TextWidth.of(line) == 11) }
        }
    }
}
