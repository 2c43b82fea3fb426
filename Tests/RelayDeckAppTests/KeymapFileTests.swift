import Dashboard
import Foundation
import Testing
import TerminalUI
@testable import RelayDeckApp

/// keymap.yaml and a profile's `keymap:`: every mistake exits 2 naming the file, the line and the reason.
@Suite struct KeymapFileTests {
    func problem(_ yaml: String, profile: String? = nil) -> String? {
        let dir = try! TempDir()
        defer { dir.remove() }
        do {
            let path = try dir.write("config/relaydeck/keymap.yaml", yaml)
            let file = try KeymapFile.parse(yaml, path: path)
            var profileKeys: KeymapFile?
            if let profile { profileKeys = try KeymapFile.parse(profile, path: dir.path + "/config.yaml") }
            _ = try Keymap.resolve(file: file, filePath: path, profile: profileKeys, configPath: dir.path + "/config.yaml")
            return nil
        } catch {
            return String(describing: error).replacingOccurrences(of: dir.path, with: "DIR")
        }
    }

    @Test func eachMistakeNamesTheFileTheLineAndTheReason() {
        #expect(problem("quit: q\ndelete-sesion: x\n") == "DIR/config/relaydeck/keymap.yaml:2: delete-sesion: unknown action (did you mean \"delete-session\"?); `relaydeck keys --defaults` lists them")
        #expect(problem("sessions:\n  delete-session: Ctrl-Alt-X\n")?.hasPrefix("DIR/config/relaydeck/keymap.yaml:2: sessions.delete-session: unknown key \"Ctrl-Alt-X\"") == true)
        #expect(problem("sesions:\n  delete-session: x\n")?.hasPrefix("DIR/config/relaydeck/keymap.yaml:1: sesions: unknown scope (did you mean \"sessions\"?)") == true)
        // Two actions on one key in one scope.
        #expect(problem("sessions:\n  delete-session: n\n") == "DIR/config/relaydeck/keymap.yaml:2: n would be both delete-session and create-session in sessions")
        // An action the scope does not have.
        #expect(problem("lobbies:\n  delete-session: x\n")?.hasPrefix("DIR/config/relaydeck/keymap.yaml:2: delete-session is not an action of lobbies (it is one of: ") == true)
        // A command word that is a session id.
        #expect(problem("command:\n  quit: [q, abc-S]\n")?.contains("cannot be a command word") == true)
        // A name written twice; a scope with nothing under it.
        #expect(problem("sessions:\n  sort: x\n  sort: y\n")?.hasPrefix("DIR/config/relaydeck/keymap.yaml:2: sort written twice in one mapping") == true)
        #expect(problem("sessions:\n")?.hasPrefix("DIR/config/relaydeck/keymap.yaml:1: sessions: is a scope") == true)
        // The profile's keymap conflicts with the file's: its own file is named.
        #expect(problem("sessions:\n  delete-session: x\n", profile: "sessions:\n  sort: x\n") == "DIR/config.yaml:2: keymap: x would be both sort and delete-session in sessions")
    }

    @Test func keysOnlySomeTerminalsSendAreWarnings() throws {
        let file = try KeymapFile.parse("global:\n  refresh: Ctrl-5\n  help: Ctrl-Shift-H\n  messages: Ctrl-S\n", path: "k.yaml")
        #expect(file.warnings.count == 3)
        #expect(file.warnings[0] == "k.yaml:2: global.refresh: Ctrl-5: most terminals send nothing for Ctrl and a digit")
        #expect(file.warnings[1].contains("Ctrl-Shift-H as Ctrl-H"))
        #expect(file.warnings[2].contains("flow control"))
        let keymap = try Keymap.resolve(file: file, filePath: "k.yaml", profile: nil, configPath: "c.yaml")
        #expect(keymap.command(for: .ctrl("5"), in: .sessions) == .refresh)
    }

    @Test func aPaneKeyHidingAGlobalOneAndNoWayToQuitAreWarnings() throws {
        let file = try KeymapFile.parse("sessions:\n  delete-session: j\nglobal:\n  quit: none\n", path: "k.yaml")
        let keymap = try Keymap.resolve(file: file, filePath: "k.yaml", profile: nil, configPath: "c.yaml")
        #expect(keymap.warnings(file: "k.yaml") == ["k.yaml: j in sessions is delete-session there, so down (global) does not work in that pane",
                                                    "k.yaml: no key quits any more (only :q does)"])
        #expect(Keymap.defaults.warnings(file: "k.yaml").isEmpty)
    }

    @Test func theDefaultsFileIsCompleteAndReadsBackAsTheDefaults() throws {
        let text = Keymap.defaults.yaml()
        let file = try KeymapFile.parse(text, path: "defaults.yaml")
        #expect(file.warnings.isEmpty)
        let keymap = try Keymap.resolve(file: file, filePath: "defaults.yaml", profile: nil, configPath: "c.yaml")
        #expect(keymap == Keymap.defaults)
        // Every action of every scope is in it.
        for b in Keymap.defaults.all { #expect(text.contains("  \(b.command.rawValue): ")) }
    }

    @Test func aProfileKeymapOverTheFileUnbindsAndMoves() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("config/relaydeck/keymap.yaml", "sessions:\n  delete-session: X\n")
        try dir.writeConfig("""
            profiles:
              ops:
                api_key_env: OPS_KEY
                keymap:
                  lobbies:
                    deploy-lobby: none
            """)
        let p = try ProfileResolver(environment: dir.environment()).resolve(ProfileOverrides(profile: "ops"))
        #expect(p.keymap.command(for: .char("X"), in: .sessions) == .deleteSession)
        #expect(p.keymap.command(for: .char("D"), in: .sessions) == nil)
        #expect(p.keymap.command(for: .char("d"), in: .lobbies) == nil)
        #expect(!p.keymap.markdown().contains("deploy-lobby"))
        #expect(p.keymap.markdown().contains("| `X` | sessions | Delete the selected session (confirm) | `delete-session` |"))
    }

    @Test func aBrokenKeymapFileStopsTheProfile() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("config/relaydeck/keymap.yaml", "sessions: [oops\n")
        #expect(throws: ConfigError.self) { try ProfileResolver(environment: dir.environment()).resolve(ProfileOverrides()) }
    }
}
