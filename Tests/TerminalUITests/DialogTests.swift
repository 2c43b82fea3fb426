import Testing
@testable import TerminalUI

@Suite struct DialogTests {
    @Test func centredWithFocusedButtonAndClearsBehind() {
        var b = Buffer(width: 30, height: 9, fill: Cell("x"))
        let d = Dialog(title: "Delete", message: ["Delete session abc?"], buttons: ["Cancel", "Delete"],
                       focusedButton: 1, glyphs: .ascii)
        d.render(b.area, into: &b)
        // Inner width is max(buttons 22, text 19, title 10, 20) = 22; with border and padding 26 wide, 5 high.
        #expect(b.lines() == [
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xx#= Delete ===============#xx",
            "xx# Delete session abc?    #xx",
            "xx#                        #xx",
            "xx# [ Cancel ]  < Delete > #xx",
            "xx#========================#xx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ])
    }

    @Test func focusedButtonStyled() throws {
        var b = Buffer(width: 40, height: 10)
        let d = Dialog(title: "Quit", message: ["Leave?"], buttons: ["No", "Yes"], focusedButton: 0,
                       styles: Dialog.Styles(theme: .mono))
        d.render(b.area, into: &b)
        let box = d.frame(in: b.area)
        let row = box.maxY - 2
        let start = try #require((0..<b.width).first { b[$0, row].symbol == "<" })
        #expect(b[start, row].style == Theme.mono.style(.selection))
        #expect(b[start + 8, row].style == Theme.mono.style(.dialog))
    }

    @Test func messageWrapsInsideTheBox() {
        var b = Buffer(width: 30, height: 12)
        let d = Dialog(title: "T", message: ["one two three four five six seven eight nine"], buttons: [], maxWidth: 24)
        d.render(b.area, into: &b)
        let box = d.frame(in: b.area)
        #expect(box.width == 24)
        for y in box.y..<box.maxY {
            #expect(TextWidth.of(b.lines()[y]) == 30)
        }
        #expect(b.text().contains("one two three four"))
    }
}
