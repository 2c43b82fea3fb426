import Dashboard
import Testing

@Suite struct UntrustedTextTests {
    /// No scalar that a terminal would act on may survive cleaning.
    func isInert(_ s: String) -> Bool {
        !s.unicodeScalars.contains { v in
            v.value < 0x20 || (0x7F...0x9F).contains(v.value) || [0x200E, 0x200F, 0x061C, 0xFEFF].contains(v.value)
                || (0x202A...0x202E).contains(v.value) || (0x2066...0x2069).contains(v.value)
        }
    }

    @Test(arguments: [
        ("a\u{1B}b", "a␛b"),
        ("\u{1B}[31mred\u{1B}[0m", "␛[31mred␛[0m"),
        ("\u{1B}]0;pwned\u{07}", "␛]0;pwned^G"),
        ("\u{1B}]52;c;SGVsbG8=\u{1B}\\", "␛]52;c;SGVsbG8=␛\\"),
        ("x\u{9B}2J", "x<U+009B>2J"),
        ("\u{90}dcs\u{9C}", "<U+0090>dcs<U+009C>"),
        ("del\u{7F}", "del^?"),
        ("nul\u{0}tab\tnl\ncr\r", "nul^@tab^Inl^Jcr^M"),
        ("evil\u{202E}txt.exe", "evil<U+202E>txt.exe"),
        ("\u{2066}iso\u{2069}", "<U+2066>iso<U+2069>"),
        ("\u{200F}rlm\u{061C}", "<U+200F>rlm<U+061C>"),
        ("\u{FEFF}bom", "<U+FEFF>bom"),
    ])
    func dangerousScalarsAreMadeVisible(raw: String, shown: String) {
        let out = UntrustedText.clean(raw)
        #expect(out == shown)
        #expect(isInert(out))
        #expect(!UntrustedText.isClean(raw))
    }

    @Test(arguments: ["session-123", "READY", "relay-ams.example:31000", "Zürich ✓ 東京 🎮", ""])
    func cleanStringsAreUnchanged(raw: String) {
        #expect(UntrustedText.clean(raw) == raw)
        #expect(UntrustedText.isClean(raw))
    }

    @Test func lengthIsCapped() {
        let long = String(repeating: "a", count: 1000)
        let out = UntrustedText.clean(long)
        #expect(out == String(repeating: "a", count: UntrustedText.defaultLimit) + "…")
        #expect(UntrustedText.clean("abcdef", limit: 3) == "abc…")
        #expect(UntrustedText.clean("abc", limit: 3) == "abc")
        #expect(!UntrustedText.isClean(long))
    }

    @Test func cappingCountsEscapesOnce() {
        let out = UntrustedText.clean(String(repeating: "\u{1B}", count: 10), limit: 4)
        #expect(out == "␛␛␛␛…")
    }
}
