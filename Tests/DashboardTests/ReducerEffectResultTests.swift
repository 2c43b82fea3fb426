@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

/// What effects answer comes back through `reduce`: the reducer alone posts the outcome and changes the state.
@Suite struct ReducerEffectResultTests {
    typealias F = Fixtures

    @Test func copyAsksTheRunnerAndItsAnswerIsPosted() {
        var state = F.loaded()
        #expect(F.press(&state, .char("y")) == [.copy("s-alpha")])
        #expect(state.messages.last?.text.contains("clipboard") != true)   // nothing is claimed before the runner answers
        _ = F.reduce(&state, .copied(.success(CopyReceipt(text: "s-alpha"))))
        #expect(state.messages.last?.level == .success && state.messages.last?.text == "copied s-alpha: sent to the terminal clipboard (OSC 52)")
        _ = F.reduce(&state, .copied(.failure(EffectFailure("clipboard is off (--clipboard off)"))))
        #expect(state.messages.last?.level == .warning && state.messages.last?.text == "clipboard is off (--clipboard off)")
    }

    @Test func exportAnswersNameTheFileOrTheProblem() {
        var state = F.loaded()
        let effects = F.press(&state, .char("e"))
        #expect(effects == [.export(ExportRequest(rows: .sessions(state.sessions.visibleRows()), format: .csv))])
        _ = F.reduce(&state, .exported(.success("/tmp/x/sessions.csv"), rows: 3))
        #expect(state.messages.last?.text == "exported 3 rows to /tmp/x/sessions.csv")
        _ = F.reduce(&state, .exported(.failure(EffectFailure("disk full\u{1B}[2J")), rows: 3))
        #expect(state.messages.last?.level == .error)
        #expect(state.messages.last?.text.hasPrefix("export failed: disk full") == true)
        #expect(state.messages.last?.text.unicodeScalars.contains { $0.value == 0x1B } == false)
    }

    @Test func anUnreadableAuditLogIsSaidAndOpensNothing() {
        var state = F.loaded()
        _ = F.reduce(&state, .auditLoaded(.failure(EffectFailure("permission denied"))))
        #expect(state.modal == nil)
        #expect(state.messages.last?.text == "audit log: permission denied")
    }

    @Test func aProfileSwitchStartsAfreshAndDropsOldAnswers() throws {
        var state = F.loaded()
        state.themeIndex = 2
        let oldGeneration = state.book[.sessions].generation
        _ = F.press(&state, .char("D"), .tab, .enter)          // a delete on its way survives the switch
        #expect(state.pending.count == 1)
        let other = DashboardConfig(environment: "staging", apiHost: "api.staging.example", refresh: 5, pageSize: 50)
        _ = F.press(&state, .char(":"))
        _ = F.type(&state, "profile staging")
        #expect(F.press(&state, .enter) == [.openProfile("staging")])
        let effects = F.reduce(&state, .profileOpened(name: "staging", .success(other), at: F.t0 + 1))
        // The old profile's first-seen times are saved, then the API is swapped before the fetches go to the new one.
        let use = try #require(effects.firstIndex(of: .useProfile("staging")))
        #expect(effects.firstIndex { if case .fetch = $0 { true } else { false } }.map { $0 > use } == true)
        #expect(state.config == other)
        #expect(state.sessions.feed.value == nil && state.sessions.selectedID == nil && state.detail.sessionID == nil)
        #expect(state.themeIndex == 2 && state.width == 80)
        // The delete still on its way belongs to the old profile: its outcome is said under that name only.
        #expect(state.pending.isEmpty && state.elsewhere.count == 1)
        let after = state.sessions
        #expect(F.reduce(&state, .mutationFinished(.deleteSession(id: "s-alpha"), .succeeded(.none), at: F.t0 + 2)).isEmpty)
        #expect(state.messages.last?.text == "DEMO: deleted session s-alpha" && state.elsewhere.isEmpty)
        #expect(state.sessions == after)
        #expect(state.messages.contains { $0.text == "profile staging: api.staging.example" })
        // Every feed asks the new API, with generations no answer from before can carry.
        let newGeneration = state.book[.sessions].generation
        #expect(newGeneration > oldGeneration + 1)
        #expect(effects.contains(.fetchSessions(generation: newGeneration, page: 1, limit: 50)))
        #expect(effects.contains(.fetchLobbies(generation: state.book[.lobbies].generation)))
        // An answer to a request sent before the switch (same generation number as a fresh feed's first) is dropped.
        _ = F.reduce(&state, .sessionsLoaded(generation: 1, page: 1, .success(F.page(F.ids("old"))), at: F.t0 + 1))
        _ = F.reduce(&state, .sessionsLoaded(generation: oldGeneration, page: 1, .success(F.page(F.ids("old"))), at: F.t0 + 1))
        #expect(state.sessions.feed.value == nil)
    }

    @Test func aFailedProfileSwitchKeepsEverything() {
        var state = F.loaded()
        let before = state
        state.switchingProfile = "nosuch"
        _ = F.reduce(&state, .profileOpened(name: "nosuch", .failure(EffectFailure("no profile named nosuch")), at: F.t0 + 1))
        #expect(state.switchingProfile == nil)
        #expect(state.config == before.config && state.sessions == before.sessions)
        #expect(state.messages.last?.text == "profile nosuch: no profile named nosuch")
    }

    @Test func aProductionProfileIsSwitchedToOnlyOnceItsNameIsTyped() {
        var state = F.loaded()
        state.switchingProfile = "prod"
        let prod = DashboardConfig(environment: "prod", apiHost: "api.edgegap.com", production: true)
        #expect(F.reduce(&state, .profileOpened(name: "prod", .success(prod), at: F.t0 + 1)).isEmpty)
        #expect(state.config.environment == "DEMO")
        guard case .confirm(let c)? = state.modal else { Issue.record("no question"); return }
        #expect(c.typeToConfirm == "prod" && c.title.contains("PRODUCTION"))
        _ = F.press(&state, .enter)                 // nothing typed: refused, still asking
        #expect(state.modal != nil && state.config.environment == "DEMO")
        _ = F.type(&state, "prod")
        let effects = F.press(&state, .enter)       // typed: Enter goes ahead
        #expect(effects.contains(.useProfile("prod")))
        #expect(state.config.environment == "prod" && state.switchingProfile == nil)
    }

    @Test func aSecondSwitchWaitsForTheFirst() {
        var state = F.loaded()
        _ = F.press(&state, .char(":"))
        _ = F.type(&state, "profile a")
        #expect(F.press(&state, .enter) == [.openProfile("a")])
        _ = F.press(&state, .char(":"))
        _ = F.type(&state, "profile b")
        #expect(F.press(&state, .enter).isEmpty)
        #expect(state.messages.last?.text == "profile a is still opening")
    }

    @Test func themeCycleNamesTheTheme() {
        var state = F.loaded()
        state.themeNames = ["default", "nord", "mono"]
        _ = F.press(&state, .char("t"))
        #expect(state.themeIndex == 1 && state.messages.last?.text == "theme: nord")
        _ = F.press(&state, .char("t"), .char("t"))
        #expect(state.messages.last?.text == "theme: default")
    }

    /// The jump bug: a jump from a session riding on the page to one off the page left `ridesOnPage` set, so the
    /// jumped-to session was not polled until the next page answer corrected it.
    @Test func aJumpOffThePageIsPolledOnItsOwn() {
        var state = F.loaded()
        #expect(state.detail.ridesOnPage)
        _ = F.press(&state, .char(":"))
        _ = F.type(&state, "elsewhere-S")
        let jump = F.press(&state, .enter)
        let gen = state.book[.detail].generation
        #expect(jump == [.fetchSession(generation: gen, id: "elsewhere-S")])
        #expect(!state.detail.ridesOnPage)
        #expect(F.reduce(&state, .sessionLoaded(generation: gen, id: "elsewhere-S", .success(F.session("elsewhere-S")),
                                                at: F.t0 + 1)) == [.schedule(.poll(.detail), seconds: 2)])
    }
}

/// Issue 12, item 8: in the detail, `y` copies what has the cursor — a user's IP (`Y` its token), or a field above
/// the users (token, relay, the links).
@Suite struct DetailCopyTests {
    typealias F = Fixtures

    @Test func yCopiesTheFocusedFieldOrUser() {
        var state = F.loaded()
        _ = F.press(&state, .enter)                        // the detail of s-alpha, cursor on its first user
        #expect(F.press(&state, .char("y")) == [.copy("203.0.113.10")])
        #expect(F.press(&state, .char("Y")) == [.copy("100")])
        _ = F.press(&state, .char("j"))
        #expect(F.press(&state, .char("y")) == [.copy("203.0.113.11")])
        _ = F.press(&state, .char("k"), .char("k"))        // up past the first user: the client link field
        #expect(state.detail.field == .clientLink)
        #expect(F.press(&state, .char("y")) == [.copy("198.51.100.7:31001")])
        _ = F.press(&state, .char("k"), .char("k"))
        #expect(state.detail.field == .relay)
        #expect(F.press(&state, .char("y")) == [.copy("198.51.100.7")])
        #expect(Snapshot.render(state, width: 160, height: 48).contains("relay "))
        // Revoke needs a user row.
        #expect(F.press(&state, .char("x")).isEmpty && state.modal == nil)
        _ = F.press(&state, .char("G"))
        #expect(state.detail.field == nil && state.detail.selectedUser == 1)
    }
}

@Suite struct FirstSeenSaveAnswerTests {
    @Test func aFailedSaveIsSaidInTheHistoryOnly() {
        var state = Fixtures.loaded()
        _ = Fixtures.reduce(&state, .firstSeenSaved(EffectFailure("disk full")))
        #expect(state.messages.last?.text == "ages not saved: disk full" && state.messages.last?.background == true)
        let before = state.messages.count
        _ = Fixtures.reduce(&state, .firstSeenSaved(nil))
        #expect(state.messages.count == before)
    }
}

@Suite struct LateAuditTests {
    /// An audit read that lands while a dialog is open leaves the dialog, and the action still ends like every other
    /// (staleness marked, the clock scheduled).
    @Test func aLateAuditAnswerCoversNothingAndStillRunsTheClock() {
        var state = Fixtures.loaded()
        _ = Fixtures.press(&state, .char("/"))
        let effects = Reducer.reduce(&state, .auditLoaded(.success(["x"])))
        guard case .prompt? = state.modal else { Issue.record("the prompt was covered"); return }
        #expect(effects.contains { if case .schedule(.clock, _) = $0 { true } else { false } })
    }
}
