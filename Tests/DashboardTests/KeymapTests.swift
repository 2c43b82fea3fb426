@testable import Dashboard
import Foundation
import Testing
import TerminalUI

/// The keymap is a value: the reducer, the footer, help and the dialogs' hints all read the keys in force.
@Suite struct KeymapTests {
    /// delete-session on X in the session list, deploy unbound, the dialog's cancel on `n`.
    static let remapped = try! Keymap.defaults.applying([
        KeymapChange(scope: .sessions, command: .deleteSession, keys: [.char("X")], line: 1),
        KeymapChange(scope: nil, command: .deployLobby, keys: [], line: 2),
        KeymapChange(scope: .dialog, command: .cancel, keys: [.char("n")], line: 3),
    ]).get()

    func state() -> AppState {
        var config = Fixtures.config()
        config.keymap = Self.remapped
        var s = Fixtures.loaded(lobbies: Fixtures.sampleLobbies, config: config)
        _ = Fixtures.reduce(&s, .resize(width: 160, height: 48))
        return s
    }

    @Test func aRemappedDestructiveKeyAndTheOldOneDoesNothing() {
        var s = state()
        Fixtures.press(&s, .char("D"))
        #expect(s.modal == nil)
        Fixtures.press(&s, .char("X"))
        guard case .confirm(let c)? = s.modal else { Issue.record("no dialog"); return }
        #expect(c.verb == "delete session")
        // The dialog's hint names the remapped cancel; Esc no longer cancels, n does, and nothing is sent.
        #expect(Fixtures.render(s).contains("n cancel"))
        #expect(Fixtures.mutations(Fixtures.press(&s, .char("n"))).isEmpty)
        #expect(s.modal == nil)
    }

    @Test func anUnboundActionIsGoneFromKeysFooterAndHelp() {
        var s = state()
        s.focus = .lobbies
        s.lobbyPane.selectedName = "practice"
        #expect(Fixtures.mutations(Fixtures.press(&s, .char("d"))).isEmpty)
        #expect(s.modal == nil)
        let footer = Self.remapped.footer(for: .lobbies, readOnly: false).map(\.command)
        #expect(!footer.contains(.deployLobby))
        #expect(Keymap.defaults.footer(for: .lobbies, readOnly: false).map(\.command).contains(.deployLobby))
        Fixtures.press(&s, .char("?"))
        let help = HelpView.lines(s, theme: .mono, glyphs: .unicode, width: 100).map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(!help.contains("Deploy the selected lobby"))
        #expect(help.contains("X") && help.contains("Delete the selected session"))
    }

    @Test func theFooterNamesTheKeysInForce() {
        let s = state()
        let text = Fixtures.render(s)
        #expect(text.contains("X delete"))
        #expect(!text.contains("D delete"))
    }
}
