import Testing
@testable import TerminalUI

@Suite struct BufferTests {
    @Test func wideCharactersTakeTwoCells() {
        var b = Buffer(width: 6, height: 1)
        let n = b.write("a世b", x: 0, y: 0)
        #expect(n == 4)
        #expect(b[1, 0].symbol == "世" && b[2, 0].isContinuation)
        #expect(b.lines() == ["a世b  "])
        #expect(b.isWellFormed)
    }

    @Test func emojiSequencesAreOneCellPair() {
        var b = Buffer(width: 8, height: 1)
        b.write("👩‍💻🇫🇷e\u{301}", x: 0, y: 0)
        #expect(b[0, 0].symbol == "👩‍💻" && b[2, 0].symbol == "🇫🇷" && b[4, 0].symbol == "e\u{301}")
        #expect(b.lines() == ["👩‍💻🇫🇷é   "])
        #expect(b.isWellFormed)
    }

    @Test func wideGraphemeStraddlingEdgeBecomesSpace() {
        var b = Buffer(width: 5, height: 1, fill: Cell("."))
        b.write("ab世", x: 0, y: 0, maxWidth: 3)
        #expect(b.lines() == ["ab .."])
        var edge = Buffer(width: 3, height: 1, fill: Cell("."))
        edge.write("a世", x: 1, y: 0)
        #expect(edge.lines() == [".a "])
        #expect(edge.isWellFormed)
    }

    @Test func wideGraphemeCutByLeftEdge() {
        var b = Buffer(width: 3, height: 1, fill: Cell("."))
        b.write("世ab", x: -1, y: 0)
        #expect(b.lines() == [" ab"])
    }

    @Test func controlCharactersNeverStored() {
        var b = Buffer(width: 8, height: 1)
        b.write("a\u{1B}[2J\u{7F}\u{85}", x: 0, y: 0)
        b[7, 0] = Cell("\u{7}")
        for c in b.cells {
            #expect(!c.symbol.unicodeScalars.contains { TextWidth.isControl($0.value) })
        }
        #expect(b.lines() == ["a?[2J???"])
    }

    @Test func overwritingHalfOfWideBlanksTheOtherHalf() {
        var b = Buffer(width: 4, height: 1)
        b.write("世界", x: 0, y: 0)
        b.write("x", x: 1, y: 0)
        #expect(b.lines() == [" x界"])
        b.write("y", x: 2, y: 0)
        #expect(b.lines() == [" xy "])
        #expect(b.isWellFormed)
        var c = Buffer(width: 4, height: 1)
        c.write("世界", x: 0, y: 0)
        c.write("本", x: 1, y: 0)
        #expect(c.lines() == [" 本 "])
        #expect(c.isWellFormed)
    }

    @Test func fillRepairsWideCharactersAtItsEdges() {
        var b = Buffer(width: 6, height: 1)
        b.write("世界世", x: 0, y: 0)
        b.fill(Rect(x: 1, y: 0, width: 3, height: 1), with: Cell("-"))
        #expect(b.lines() == [" ---世"])
        #expect(b.isWellFormed)
    }

    @Test func textTrimsTrailingSpaces() {
        var b = Buffer(width: 5, height: 2)
        b.write("hi", x: 1, y: 1)
        #expect(b.text() == "\n hi")
    }
}

@Suite struct BufferSubscriptTests {
    @Test func wideSymbolSetDirectlyClaimsItsContinuation() {
        var b = Buffer(width: 3, height: 1)
        b[0, 0] = Cell("世")
        #expect(b[1, 0].isContinuation)
        b[2, 0] = Cell("界")
        #expect(b.lines() == ["世 "])
        b[1, 0] = Cell("")
        #expect(b[1, 0].isContinuation, "a continuation right after a wide lead is allowed")
        b[2, 0] = Cell("")
        #expect(b.lines() == ["世 "])
        #expect(b.isWellFormed)
    }
}
