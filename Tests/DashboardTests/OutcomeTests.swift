@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

/// Issue 12, items 1 and 2: the outcome of the user's own action stays in the message line; quitting with work in
/// flight asks first; `q` in help closes it; `:q` quits; `gg` goes to the first row.
@Suite struct OutcomeTests {
    typealias F = Fixtures

    func deployed(_ outcome: MutationOutcome) -> AppState {
        var state = F.loaded(lobbies: F.sampleLobbies)
        state.focus = .lobbies
        _ = F.press(&state, .end, .char("d"), .enter)          // practice: Released, so it can deploy
        _ = F.reduce(&state, .mutationFinished(.deployLobby(name: "practice"), outcome, at: F.t0 + 1))
        return state
    }

    func messageLine(_ state: AppState) -> String {
        Snapshot.render(state, width: 80, height: 24).split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
    }

    @Test func aPollErrorDoesNotOverwriteTheOutcome() {
        var state = deployed(.unknown(.transport(.connectionLost, detail: "")))
        // What matters first: it fits at 80 columns.
        #expect(messageLine(state).contains("outcome unknown — refresh to check: deploy lobby practice"))
        // Polls fail after it (the API drops every connection): the header and titles say so, the outcome stays.
        _ = F.reduce(&state, .timerFired(.poll(.lobbies), F.t0 + 2))
        _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation,
                                            .failure(.transport(.connectionLost, detail: "")), at: F.t0 + 2.1))
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .failure(.server(status: 500, message: nil)), at: F.t0 + 2.2))
        let line = messageLine(state)
        #expect(line.contains("outcome unknown — refresh to check: deploy lobby practice"), "\(line)")
        #expect(state.messages.contains { $0.text.hasPrefix("lobbies:") && $0.background })   // in the history (m)
        #expect(Snapshot.render(state, width: 160, height: 48).contains("Lobbies · 3 · stale"))
        // Esc dismisses it (the first one takes the focus back to the list); the line then shows the newest message
        // that is not polling's.
        _ = F.press(&state, .escape, .escape)
        #expect(!messageLine(state).contains("outcome unknown"))
        #expect(!messageLine(state).contains("lobbies:"))
    }

    @Test func theNextActionReplacesTheOutcome() {
        var state = deployed(.failed(.server(status: 500, message: nil)))
        #expect(messageLine(state).contains("deploy lobby practice failed"))
        // r asks again without covering it (the header's clock says when the answers came)…
        _ = F.press(&state, .char("r"))
        #expect(messageLine(state).contains("deploy lobby practice failed"))
        // …and the next action's own outcome replaces it.
        _ = F.reduce(&state, .copied(.success(CopyReceipt(text: "s-alpha"))))
        #expect(messageLine(state).contains("copied s-alpha"))
    }

    @Test func quittingWithAMutationInFlightAsksAndDefaultsToNo() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        state.focus = .lobbies
        _ = F.press(&state, .end, .char("d"), .enter)          // practice: Released, so it can deploy
        #expect(state.pending.count == 1)
        #expect(F.press(&state, .char("q")).isEmpty)
        #expect(!state.quitting)
        guard case .confirm(let c)? = state.modal else { Issue.record("no question"); return }
        #expect(c.subject == .quit(inFlight: 1) && !c.confirmFocused)
        #expect(Snapshot.render(state, width: 80, height: 24).contains("1 action still in flight — quit anyway?"))
        _ = F.press(&state, .enter)                       // Enter on the default: No
        #expect(!state.quitting && state.modal == nil)
        _ = F.press(&state, .char("q"), .tab)
        #expect(F.press(&state, .enter).last == .quit(.quit))
        #expect(state.quitting)
    }

    @Test func qWithNothingInFlightQuitsAtOnce() {
        var state = F.loaded()
        // First-seen times are saved on the way out (ages survive the restart), then everything stops.
        let effects = F.press(&state, .char("q"))
        #expect(effects.last == .quit(.quit) && effects.count == 2)
        guard case .saveFirstSeen(let profile, let snapshot) = effects.first else { Issue.record("no save"); return }
        #expect(profile == "DEMO" && snapshot.count == 3)
    }

    @Test func qClosesHelpInsteadOfQuitting() {
        var state = F.loaded()
        _ = F.press(&state, .char("?"))
        #expect(F.press(&state, .char("q")).isEmpty)
        #expect(state.modal == nil && !state.quitting)
    }

    @Test func colonQQuits() {
        var state = F.loaded()
        _ = F.press(&state, .char(":"))
        _ = F.type(&state, "q")
        #expect(F.press(&state, .enter).last == .quit(.quit))
        #expect(state.quitting)
    }

    @Test func ggGoesToTheFirstRow() {
        var state = F.loaded()
        _ = F.press(&state, .char("G"))
        #expect(state.sessions.selectedID == "s-charlie")
        _ = F.press(&state, .char("g"), .char("g"))
        #expect(state.modal == nil)
        #expect(state.sessions.selectedID == "s-alpha")
        #expect(state.detail.sessionID == "s-alpha")
    }
}
