import Testing
@testable import TerminalUI

@Suite struct StatusAndThemeInitTests {
    @Test func statusGlyphsPerSet() {
        func status(_ g: GlyphSet) -> [Character] { [g.statusOK, g.statusWarn, g.statusError, g.statusPending] }
        #expect(status(.unicode) == ["●", "▲", "✖", "◌"])
        #expect(status(.ascii) == ["*", "!", "x", "~"])
    }

    @Test func asciiGlyphsAreSevenBit() {
        let g = GlyphSet.ascii
        var all = [g.border, g.focusedBorder].flatMap { [$0.topLeft, $0.topRight, $0.bottomLeft, $0.bottomRight, $0.horizontal, $0.vertical] }
        all += g.sparkline + g.spinner + [g.selectionMarker, g.sortAscending, g.sortDescending, g.mapPoint, g.mapGrid]
        all += [g.statusOK, g.statusWarn, g.statusError, g.statusPending]
        all += Array(g.ellipsis)
        #expect(all.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value < 0x7F } })
        // And every Unicode glyph is one column wide, so layouts match between the sets.
        let u = GlyphSet.unicode
        let unicodeGlyphs = u.sparkline + u.spinner + [u.selectionMarker, u.sortAscending, u.sortDescending, u.mapPoint]
            + [u.statusOK, u.statusWarn, u.statusError, u.statusPending]
        #expect(unicodeGlyphs.allSatisfy { TextWidth.of($0) == 1 })
    }

    @Test func themeConvenienceInitsUseRoles() {
        let t = Theme.default
        #expect(Panel(theme: t).borderStyle == t.style(.border))
        #expect(KeyHints([], theme: t).keyStyle == t.style(.keyHintKey))
        #expect(Table.Styles(theme: t).selection == t.style(.selection))
        #expect(TextInput.Styles(theme: t).error == t.style(.inputError))
    }

    @Test func depthNames() {
        #expect(ColorDepth(name: "256") == .c256)
        #expect(ColorDepth(name: "TrueColor") == .trueColor)
        #expect(ColorDepth(name: "mono") == .mono)
        #expect(ColorDepth(name: "88") == nil)
    }
}
