import Testing
@testable import TerminalUI

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("世", 2), ("한", 2), ("ｱ", 1), ("Ａ", 2),
        ("😀", 2), ("👩‍💻", 2), ("👨‍👩‍👧‍👦", 2), ("🇫🇷", 2), ("❤️", 2), ("1️⃣", 2), ("☀︎", 1),
        ("\u{301}", 0), ("\u{200B}", 0), ("\u{7}", 1), ("\u{9B}", 1), ("\u{7F}", 1),
    ])
    func graphemeWidth(_ s: String, _ expected: Int) {
        #expect(s.count == 1)
        #expect(TextWidth.of(s) == expected)
    }

    @Test func stringWidthSumsGraphemes() {
        #expect(TextWidth.of("ab世界🇯🇵") == 8)
        #expect(TextWidth.of("") == 0)
    }

    @Test func truncateRespectsWideCharacters() {
        #expect(TextWidth.truncate("hello world", to: 8) == "hello w…")
        #expect(TextWidth.truncate("hello world", to: 8, ellipsis: "...") == "hello...")
        // "世界世界" is 8 columns; 5 columns leave 4 for text, i.e. two wide characters.
        #expect(TextWidth.truncate("世界世界", to: 5) == "世界…")
        // 4 columns leave 3 for text: a third wide character would not fit.
        #expect(TextWidth.truncate("世界世界", to: 4) == "世…")
        #expect(TextWidth.truncate("short", to: 5) == "short")
        #expect(TextWidth.truncate("abc", to: 0) == "")
        #expect(TextWidth.truncate("abcdef", to: 2, ellipsis: "...") == "ab")
    }

    @Test func fitPadsToExactWidth() {
        #expect(TextWidth.fit("ab", to: 5) == "ab   ")
        #expect(TextWidth.fit("ab", to: 5, alignment: .right) == "   ab")
        #expect(TextWidth.fit("ab", to: 5, alignment: .center) == " ab  ")
        #expect(TextWidth.of(TextWidth.fit("世界世界", to: 5)) == 5)
        #expect(TextWidth.of(TextWidth.fit("世界世界x", to: 6)) == 6)
    }
}
