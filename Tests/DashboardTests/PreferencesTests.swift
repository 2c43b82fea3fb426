@testable import Dashboard
import Foundation
import Testing
import TerminalUI

private typealias F = Fixtures

/// Preferences: what the screen shows is what is saved (once a change happens), and what was saved comes back.
@Suite struct PreferencesTests {
    func remembering() -> AppState {
        var s = F.loaded(lobbies: F.sampleLobbies)
        s.themeNames = ["default", "mono", "solarized"]
        Preferences().restore(into: &s, themeFlag: false)
        return s
    }

    @Test func aChangeIsSavedOnceAndOnlyWhenRemembering() {
        var s = remembering()
        #expect(F.press(&s, .char("j")).allSatisfy { if case .savePreferences = $0 { false } else { true } })
        let effects = F.press(&s, .char("t"))
        guard case .savePreferences(let p, let profile)? = effects.first(where: { if case .savePreferences = $0 { true } else { false } }) else {
            Issue.record("no save"); return
        }
        #expect(profile == "DEMO" && p.theme == "mono")
        // Nothing changed since: no second save.
        #expect(F.press(&s, .char("k")).allSatisfy { if case .savePreferences = $0 { false } else { true } })
        // Without remembering (tests, headless fronts) nothing is saved.
        var plain = F.loaded()
        plain.themeNames = ["default", "mono"]
        #expect(F.press(&plain, .char("t")).allSatisfy { if case .savePreferences = $0 { false } else { true } })
    }

    @Test func whatWasSavedComesBackAndAThemeFlagWins() throws {
        var s = remembering()
        F.press(&s, .char("t"), .char("t"), .char("s"), .char("s"), .char("S"), .tab, .tab, .char("M"))
        s.model.pins = [.session("s-bravo"), .lobby("arena-eu")]
        let saved = Preferences.of(s)
        // Through JSON, as the file holds it.
        let decoded = try JSONDecoder().decode(Preferences.self, from: JSONEncoder().encode(saved))
        #expect(decoded == saved)
        #expect(saved.theme == "solarized" && saved.sort == "status desc" && saved.focus == "lobbies" && saved.mouse == true)
        var fresh = F.loaded(lobbies: F.sampleLobbies)
        fresh.themeNames = ["default", "mono", "solarized"]
        decoded.restore(into: &fresh, themeFlag: false)
        #expect(fresh.themeIndex == 2 && fresh.sessions.sort == SessionSort(key: .status, descending: true))
        #expect(fresh.focus == .lobbies && fresh.model.pins == [.session("s-bravo"), .lobby("arena-eu")])
        var flagged = F.loaded()
        flagged.themeNames = ["default", "mono", "solarized"]
        decoded.restore(into: &flagged, themeFlag: true)
        #expect(flagged.themeIndex == 0)
    }

    @Test func aFlagWinsForTheRunAndIsNotSavedOverWhatWasRemembered() {
        var remembered = Preferences()
        remembered.theme = "solarized"
        remembered.mouse = true
        var s = F.loaded(lobbies: F.sampleLobbies)
        s.themeNames = ["default", "mono", "solarized"]
        s.mouse = false                                   // --no-mouse
        remembered.restore(into: &s, themeFlag: true, flags: Preferences.Flags(theme: true, mouse: true))
        #expect(s.themeIndex == 0 && !s.mouse)
        // Another change is saved, with the flagged settings as remembered.
        let effects = F.press(&s, .char("s"))
        guard case .savePreferences(let p, _)? = effects.first(where: { if case .savePreferences = $0 { true } else { false } }) else {
            Issue.record("no save"); return
        }
        #expect(p.theme == "solarized" && p.mouse == true && p.sort == "id")
        // Changed by the user during the run, a flagged setting is saved as changed (here: back to what was remembered).
        F.press(&s, .char("M"))
        #expect(s.mouse && s.savedPreferences?.mouse == true)
        F.press(&s, .char("t"))
        #expect(s.savedPreferences?.theme == "mono")
    }

    @Test func unknownOrDamagedValuesAreIgnored() throws {
        let p = try JSONDecoder().decode(Preferences.self, from: Data(#"{"theme":"gone","sort":"nonsense","focus":"nowhere","pins":["x","session:"]}"#.utf8))
        var s = F.loaded()
        s.themeNames = ["default"]
        p.restore(into: &s, themeFlag: false)
        #expect(s.themeIndex == 0 && s.sessions.sort == SessionSort() && s.focus == .sessions && s.model.pins.isEmpty)
    }
}
