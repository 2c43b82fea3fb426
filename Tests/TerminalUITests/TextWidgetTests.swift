import Testing
@testable import TerminalUI

@Suite struct TextWidgetTests {
    @Test func textLineTruncatesAcrossSpans() {
        var b = Buffer(width: 8, height: 1)
        let bold = Style(attributes: .bold)
        TextLine([Span("ab", style: bold), Span("cdefghi")]).render(b.area, into: &b)
        #expect(b.lines() == ["abcdefg…"])
        #expect(b[1, 0].style == bold && b[2, 0].style == .plain)
    }

    @Test func textLineAlignment() {
        var b = Buffer(width: 7, height: 2)
        TextLine("ab", alignment: .right).render(b.area.row(0), into: &b)
        TextLine("ab", alignment: .center).render(b.area.row(1), into: &b)
        #expect(b.lines() == ["     ab", "  ab   "])
    }

    @Test func keyHintsDropFromTheEndKeepingHelpLast() {
        let hints = KeyHints([KeyHint("q", "quit"), KeyHint("/", "filter"), KeyHint("d", "delete")])
        // "q quit  / filter  d delete  ? help" is 34 columns.
        #expect(hints.visibleHints(width: 34).map(\.key) == ["q", "/", "d", "?"])
        #expect(hints.visibleHints(width: 33).map(\.key) == ["q", "/", "?"])
        #expect(hints.visibleHints(width: 14).map(\.key) == ["q", "?"])
        #expect(hints.visibleHints(width: 13).map(\.key) == ["?"])
        #expect(hints.visibleHints(width: 5).map(\.key) == [])
        var b = Buffer(width: 26, height: 1)
        hints.render(b.area, into: &b)
        #expect(b.lines() == ["q quit  / filter  ? help  "])
        #expect(b[0, 0].style == Style(attributes: .bold) && b[2, 0].style == .plain)
    }

    @Test func sparklineScalesToRamp() {
        #expect(Sparkline([0, 1, 2, 3, 4, 5, 6, 7]).symbols(width: 8) == Array("▁▂▃▄▅▆▇█"))
        #expect(Sparkline([0, 2, 4], glyphs: .ascii).symbols(width: 3) == Array("_-#"))
        #expect(Sparkline([5, 10, .nan], maxValue: 20).symbols(width: 3) == Array("▃▅ "))
        #expect(Sparkline([0, 0]).symbols(width: 5) == Array("▁▁"))
        var b = Buffer(width: 5, height: 2)
        Sparkline([9, 1, 2, 3], maxValue: 3, glyphs: .ascii).render(b.area, into: &b)
        // Newest values at the right edge of the bottom row.
        #expect(b.lines() == ["     ", " #.=#"])
    }
}
