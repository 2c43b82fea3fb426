import Foundation
import Testing
@testable import TerminalUI

@Suite struct ClipboardTests {
    @Test func plainOSC52() {
        #expect(Clipboard.sequence(for: "hello", passthrough: .none) == "\u{1B}]52;c;aGVsbG8=\u{07}")
    }

    /// Inside tmux: plain OSC 52 (tmux's `set-clipboard` takes it) and then the passthrough form with every ESC
    /// doubled (for `allow-passthrough on`).
    @Test func tmuxGetsThePlainFormAndThePassthroughForm() {
        let s = Clipboard.sequence(for: "7349356945f1-S", passthrough: .tmux)!
        let plain = Clipboard.sequence(for: "7349356945f1-S", passthrough: .none)!
        #expect(s.hasPrefix(plain))
        let wrapped = s.dropFirst(plain.count)
        #expect(wrapped.hasPrefix("\u{1B}Ptmux;\u{1B}\u{1B}]52;c;"))
        #expect(wrapped.hasSuffix("\u{07}\u{1B}\\"))
        let inner = wrapped.dropFirst("\u{1B}Ptmux;".count).dropLast(2)
        #expect(!inner.replacingOccurrences(of: "\u{1B}\u{1B}", with: "").contains("\u{1B}"))
    }

    @Test func screenSendsShortDCSPieces() {
        let s = Clipboard.sequence(for: String(repeating: "x", count: 300), passthrough: .screen)!
        let pieces = s.components(separatedBy: "\u{1B}\\").filter { !$0.isEmpty }
        #expect(pieces.count > 3)
        #expect(pieces.allSatisfy { $0.hasPrefix("\u{1B}P") && $0.utf8.count <= 2 + 76 + 4 })
        let joined = pieces.map { String($0.dropFirst(2)) }.joined()
        #expect(joined == Clipboard.sequence(for: String(repeating: "x", count: 300), passthrough: .none))
    }

    @Test func emptyAndOversizedAreRefused() {
        #expect(Clipboard.sequence(for: "", passthrough: .none) == nil)
        #expect(Clipboard.sequence(for: String(repeating: "a", count: Clipboard.maxBytes + 1), passthrough: .none) == nil)
        #expect(Clipboard.sequence(for: String(repeating: "a", count: Clipboard.maxBytes), passthrough: .none) != nil)
    }

    @Test func base64MatchesFoundation() {
        var rng = SystemRandomNumberGenerator()
        for n in 0..<70 {
            let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(Clipboard.base64(bytes) == Data(bytes).base64EncodedString())
        }
    }

    @Test func passthroughDetection() {
        #expect(Clipboard.Passthrough.detect(["TMUX": "/tmp/tmux-0/default,1,0"]) == .tmux)
        #expect(Clipboard.Passthrough.detect(["STY": "1.pts", "TERM": "screen-256color"]) == .screen)
        #expect(Clipboard.Passthrough.detect(["TERM": "xterm-256color"]) == .none)
    }
}
