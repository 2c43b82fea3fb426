import Testing
@testable import TerminalUI

@Suite struct TextInputTests {
    func typed(_ s: String, into input: inout TextInput) {
        for c in s {
            let handled = input.handle(.char(c))
            #expect(handled)
        }
    }

    @Test func insertAndCursorMovement() {
        var t = TextInput()
        typed("helo", into: &t)
        _ = t.handle(.left)
        _ = t.handle(.char("l"))
        #expect(t.text == "hello" && t.cursor == 4)
        _ = t.handle(.home)
        _ = t.handle(.char(">"))
        _ = t.handle(.end)
        _ = t.handle(.char("!"))
        #expect(t.text == ">hello!" && t.cursor == 7)
        _ = t.handle(.right)
        #expect(t.cursor == 7)
    }

    @Test func backspaceAndDeleteAtEdges() {
        var t = TextInput("abc")
        _ = t.handle(.delete)
        #expect(t.text == "abc")
        _ = t.handle(.backspace)
        #expect(t.text == "ab")
        _ = t.handle(.home)
        _ = t.handle(.backspace)
        _ = t.handle(.delete)
        #expect(t.text == "b" && t.cursor == 0)
    }

    @Test func killToStartAndWordBack() {
        var t = TextInput("deploy lobby  eu-west")
        _ = t.handle(.ctrl("w"))
        #expect(t.text == "deploy lobby  ")
        _ = t.handle(.ctrl("w"))
        #expect(t.text == "deploy ")
        typed("x y", into: &t)
        _ = t.handle(.left)
        _ = t.handle(.ctrl("u"))
        #expect(t.text == "y" && t.cursor == 0)
    }

    @Test func wideAndCombinedCharactersMoveAsOne() {
        var t = TextInput("東京")
        _ = t.handle(.left)
        _ = t.handle(.backspace)
        #expect(t.text == "京")
        var e = TextInput("e")
        // A combining accent typed after "e" joins it into one grapheme.
        e.insert("\u{301}")
        #expect(e.characters.count == 1 && e.cursor == 1)
        _ = e.handle(.backspace)
        #expect(e.text.isEmpty)
    }

    @Test func nonEditingKeysAreNotConsumed() {
        var t = TextInput("a")
        for key in [Key.enter, .escape, .tab, .up, .down, .function(1)] {
            let handled = t.handle(key)
            #expect(!handled)
        }
        #expect(t.text == "a")
    }

    @Test func controlCharactersAndMaxLength() {
        var t = TextInput("a\u{1B}b", maxLength: 4)
        #expect(t.text == "ab")
        t.insert("cdef")
        #expect(t.text == "abcd")
        _ = t.handle(.char("\u{7}"))
        #expect(t.text == "abcd")
    }

    @Test func renderShowsCursorAndScrolls() {
        var b = Buffer(width: 6, height: 2)
        var t = TextInput("abcdefgh")
        t.render(b.area, into: &b, error: "bad")
        // The cursor sits after the text, so the last 5 graphemes and the cursor cell are shown.
        #expect(b.lines() == ["defgh ", "bad   "])
        #expect(b[5, 0].style.attributes.contains(.reverse))
        #expect(b[0, 1].style == TextInput.Styles().error)
        _ = t.handle(.home)
        b = Buffer(width: 6, height: 1)
        t.render(b.area, into: &b)
        #expect(b.lines() == ["abcdef"])
        #expect(b[0, 0].style.attributes.contains(.reverse) && !b[1, 0].style.attributes.contains(.reverse))
    }

    @Test func renderWideTextKeepsCursorVisible() {
        var b = Buffer(width: 5, height: 1)
        TextInput("東京都").render(b.area, into: &b)
        #expect(b.lines() == ["京都 "])
        #expect(b.isWellFormed)
    }

    @Test func placeholderWhenEmpty() {
        var b = Buffer(width: 8, height: 1)
        TextInput().render(b.area, into: &b, placeholder: "name")
        #expect(b.lines() == [" name   "])
    }
}
