import Testing
@testable import TerminalUI

@Suite struct StatusAndThemeInitTests {
    @Test func statusGlyphsPerSet() {
        #expect(StatusKind.allCases.map { GlyphSet.unicode.glyph(for: $0) } == ["●", "▲", "✖", "◌"])
        #expect(StatusKind.allCases.map { GlyphSet.ascii.glyph(for: $0) } == ["*", "!", "x", "~"])
        #expect(GlyphSet.ascii.span(for: .error, theme: .mono) == Span("x", style: Theme.mono.style(.error)))
    }

    @Test func asciiGlyphsAreSevenBit() {
        let g = GlyphSet.ascii
        var all = [g.border, g.focusedBorder].flatMap { [$0.topLeft, $0.topRight, $0.bottomLeft, $0.bottomRight, $0.horizontal, $0.vertical] }
        all += g.sparkline + g.spinner + [g.selectionMarker, g.sortAscending, g.sortDescending, g.mapPoint, g.mapGrid]
        all += StatusKind.allCases.map { g.glyph(for: $0) }
        all += Array(g.ellipsis)
        #expect(all.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value < 0x7F } })
        // And every Unicode glyph is one column wide, so layouts match between the sets.
        let u = GlyphSet.unicode
        let unicodeGlyphs = u.sparkline + u.spinner + [u.selectionMarker, u.sortAscending, u.sortDescending, u.mapPoint]
            + StatusKind.allCases.map { u.glyph(for: $0) }
        #expect(unicodeGlyphs.allSatisfy { TextWidth.of($0) == 1 })
    }

    @Test func themeConvenienceInitsUseRoles() {
        let t = Theme.default
        #expect(Spinner(tick: 0, pending: true, theme: t).style == t.style(.spinner))
        #expect(Panel(theme: t).borderStyle == t.style(.border))
        #expect(KeyHints([], theme: t).keyStyle == t.style(.keyHintKey))
        #expect(Table.Styles(theme: t).selection == t.style(.selection))
        #expect(Dialog(title: "x", message: [], theme: t, danger: true).styles.border == t.style(.danger))
        #expect(TextInput.Styles(theme: t).error == t.style(.inputError))
    }

    @Test func depthNames() {
        #expect(ColorDepth(name: "256") == .c256)
        #expect(ColorDepth(name: "TrueColor") == .trueColor)
        #expect(ColorDepth(name: "mono") == .mono)
        #expect(ColorDepth(name: "88") == nil)
    }
}
