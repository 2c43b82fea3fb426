import Testing
import TerminalUI
@testable import CursesBackend

/// Key codes as ncurses 6 defines them (octal in curses.h): the decoder is checked against the real ABI.
struct KeyDecoderTests {
    @Test(arguments: [
        (0o403, Key.up), (0o402, .down), (0o404, .left), (0o405, .right),
        (0o406, .home), (0o550, .end), (0o523, .pageUp), (0o522, .pageDown),
        (0o513, .insert), (0o512, .delete), (0o541, .backTab), (0o527, .enter), (0o407, .backspace),
        (0o411, .function(1)), (0o414, .function(4)), (0o424, .function(12)),
    ] as [(Int32, Key)])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(keyCode: code) == key)
    }

    @Test func unknownKeyCodeIsDropped() {
        #expect(KeyDecoder.decode(keyCode: 0o631) == nil)  // KEY_MOUSE: not enabled, not a key
    }

    @Test(arguments: [
        (9, Key.tab), (13, .enter), (10, .enter), (127, .backspace), (8, .backspace), (27, .escape),
        (1, .ctrl("a")), (3, .ctrl("c")), (12, .ctrl("l")), (26, .ctrl("z")),
        (0x71, .char("q")), (0x20, .char(" ")), (0xE9, .char("é")), (0x4E2D, .char("中")), (0x1F600, .char("😀")),
    ] as [(UInt32, Key)])
    func characters(value: UInt32, key: Key) {
        #expect(KeyDecoder.decode(character: value) == key)
    }

    @Test(arguments: [0, 28, 31, 0x85, 0xD800] as [UInt32])
    func controlAndInvalidCharactersAreDropped(value: UInt32) {
        #expect(KeyDecoder.decode(character: value) == nil)
    }
}
