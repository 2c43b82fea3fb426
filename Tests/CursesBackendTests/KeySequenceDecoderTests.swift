@testable import CursesBackend
import Testing
import TerminalUI

/// Escape sequences curses did not recognise (terminfo for another terminal) are parsed whole or dropped whole.
@Suite struct KeySequenceDecoderTests {
    func keys(_ bytes: String, _ decoder: inout KeySequenceDecoder) -> [Key] {
        decoder.feed(bytes.unicodeScalars.map { .character($0.value) }).compactMap { if case .key(let k) = $0 { k } else { nil } }
    }

    func keys(_ bytes: String) -> [Key] {
        var d = KeySequenceDecoder()
        return keys(bytes, &d)
    }

    @Test(arguments: [
        ("\u{1B}[1~", Key.home), ("\u{1B}[7~", .home), ("\u{1B}[H", .home), ("\u{1B}OH", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[8~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[2~", .insert), ("\u{1B}[3~", .delete),
        ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
        ("\u{1B}[1;5A", .up), ("\u{1B}[1;2B", .down), ("\u{1B}[1;3H", .home), ("\u{1B}[5;5~", .pageUp),
        ("\u{1B}OP", .function(1)), ("\u{1B}OS", .function(4)), ("\u{1B}[11~", .function(1)), ("\u{1B}[15~", .function(5)),
        ("\u{1B}[17~", .function(6)), ("\u{1B}[21~", .function(10)), ("\u{1B}[23~", .function(11)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}[1;2P", .function(1)), ("\u{1B}[Z", .backTab), ("\u{1B}OM", .enter),
    ])
    func realTerminalsSequences(bytes: String, key: Key) {
        #expect(keys(bytes) == [key])
    }

    @Test func unknownSequencesAreDroppedWhole() {
        #expect(keys("\u{1B}[99x") == [])
        #expect(keys("\u{1B}[<0;12;5M") == [])            // a mouse report
        #expect(keys("\u{1B}[200~hi\u{1B}[201~") == [.char("h"), .char("i")])   // paste marks go, the text stays
        #expect(keys("\u{1B}[97;5u") == [])               // CSI u
        #expect(keys("\u{1B}[1~j") == [.home, .char("j")])
    }

    @Test func aLoneEscapeAndEscapeBeforeOtherKeysStayEscape() {
        #expect(keys("\u{1B}") == [.escape])
        #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(keys("\u{1B}x") == [.escape, .char("x")])
        #expect(keys("q") == [.char("q")])
    }

    @Test func aSequenceCutOffBetweenReadsIsCompletedByTheNext() {
        var d = KeySequenceDecoder()
        #expect(keys("\u{1B}[1", &d) == [])
        #expect(d.pending == [0x1B, 0x5B, 0x31])
        #expect(keys("~k", &d) == [.home, .char("k")])
        #expect(d.pending.isEmpty)
    }

    @Test func namedKeysPassThroughAndBreakAPartialSequence() {
        var d = KeySequenceDecoder()
        #expect(d.feed([.character(0x1B), .character(0x5B), .key(.up), .character(0x6A)]) == [.key(.up), .key(.char("j"))])
        #expect(d.feed([.key(.pageDown)]) == [.key(.pageDown)])
    }

    func events(_ bytes: String, _ d: inout KeySequenceDecoder) -> [TerminalEvent] {
        d.feed(bytes.unicodeScalars.map { .character($0.value) })
    }

    @Test func mouseReportsInSGRFormIncludingColumnsPast223() {
        var d = KeySequenceDecoder()
        #expect(events("\u{1B}[<0;5;7M", &d) == [.mouse(Mouse(.press(.left), x: 4, y: 6))])
        #expect(events("\u{1B}[<0;5;7m", &d) == [.mouse(Mouse(.release(.left), x: 4, y: 6))])
        #expect(events("\u{1B}[<2;1;1M", &d) == [.mouse(Mouse(.press(.right), x: 0, y: 0))])
        #expect(events("\u{1B}[<64;300;2M\u{1B}[<65;300;2M", &d) == [.mouse(Mouse(.wheelUp, x: 299, y: 1)), .mouse(Mouse(.wheelDown, x: 299, y: 1))])
        #expect(events("\u{1B}[<32;240;9M", &d) == [.mouse(Mouse(.drag(.left), x: 239, y: 8))])
        // Shift (4), Alt (8), Ctrl (16) are said; the click still counts.
        #expect(events("\u{1B}[<4;10;10M", &d) == [.mouse(Mouse(.press(.left), x: 9, y: 9, modified: true))])
        // Cut off between reads: the rest completes it, and a key after it is still a key.
        #expect(events("\u{1B}[<0;22", &d) == [])
        #expect(events("4;3Mj", &d) == [.mouse(Mouse(.press(.left), x: 223, y: 2)), .key(.char("j"))])
        // Malformed or sideways: dropped whole, never read as keys.
        #expect(events("\u{1B}[<0;0;5M\u{1B}[<0;5M\u{1B}[<66;3;3Mk", &d) == [.key(.char("k"))])
    }
}

@Suite struct ExtendedKeyNameTests {
    @Test func modifiedKeysTerminfoNamesReadAsTheirKey() {
        #expect(KeyDecoder.decode(keyName: "kUP5") == .up)
        #expect(KeyDecoder.decode(keyName: "kDN3") == .down)
        #expect(KeyDecoder.decode(keyName: "kHOM") == .home)
        #expect(KeyDecoder.decode(keyName: "kNXT5") == .pageDown)
        #expect(KeyDecoder.decode(keyName: "kUPX") == nil)
        #expect(KeyDecoder.decode(keyName: "kf5") == nil)
        #expect(KeyDecoder.decode(keyName: nil) == nil)
    }
}
