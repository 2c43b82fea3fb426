import Testing
@testable import TerminalUI

@Suite struct PanelTests {
    @Test func unicodeBorderAndTitle() {
        var b = Buffer(width: 12, height: 4)
        Panel(title: "Relays").render(b.area, into: &b)
        #expect(b.lines() == [
            "┌─ Relays ─┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
    }

    @Test func focusedASCIIBorderAndLongTitle() {
        var b = Buffer(width: 12, height: 3)
        Panel(title: "Sessions list", focused: true, glyphs: .ascii).render(b.area, into: &b)
        #expect(b.lines() == [
            "#= Ses... =#",
            "#          #",
            "#==========#",
        ])
    }

    @Test func focusStylesTheBorder() {
        let theme = Theme.default
        var b = Buffer(width: 6, height: 3)
        Panel(focused: true, theme: theme).render(b.area, into: &b)
        #expect(b[0, 0].style == theme.style(.borderFocused))
        #expect(b[0, 0].symbol == "┏")
        #expect(Panel().inner(Rect(x: 1, y: 1, width: 6, height: 3)) == Rect(x: 2, y: 2, width: 4, height: 1))
    }

    @Test func tooSmallDrawsNothing() {
        var b = Buffer(width: 1, height: 5)
        Panel(title: "x").render(b.area, into: &b)
        #expect(b == Buffer(width: 1, height: 5))
    }
}
