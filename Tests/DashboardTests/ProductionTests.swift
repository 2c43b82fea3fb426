@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

/// Issue 12, items 4 and 14: a production profile says PRODUCTION in words, and every mutation on it is
/// confirmed by typing its target (Enter after typing goes ahead).
@Suite struct ProductionTests {
    typealias F = Fixtures

    static func production() -> AppState {
        var state = F.loaded(lobbies: F.sampleLobbies, config: F.config(production: true))
        state.config.environment = "prod"
        return state
    }

    @Test func theHeaderSaysProductionWithoutColour() {
        let state = Self.production()
        // The mono theme has no danger red: the word carries it.
        #expect(Snapshot.render(state, width: 80, height: 24).split(separator: "\n").first?.contains("PRODUCTION") == true)
        #expect(Snapshot.render(F.loaded(), width: 80, height: 24).contains("PRODUCTION") == false)
    }

    @Test func everyConfirmationSaysProductionAndWantsTheTarget() {
        var state = Self.production()
        _ = F.press(&state, .char("D"))
        guard case .confirm(let c)? = state.modal else { Issue.record("no dialog"); return }
        #expect(c.title.hasPrefix("PRODUCTION") && c.typeToConfirm == "s-alpha")
        let screen = Snapshot.render(state, width: 80, height: 24)
        #expect(screen.contains("Profile prod is PRODUCTION."))
        // Type the id, then Enter: confirmed (focus is still on Cancel; typing was the confirmation).
        _ = F.type(&state, "s-alpha")
        #expect(F.mutations(F.press(&state, .enter)) == [.deleteSession(id: "s-alpha")])
    }

    @Test func formsAndPromptsAreConfirmedTooOnProduction() {
        var state = Self.production()
        _ = F.press(&state, .char("n"))
        _ = F.type(&state, "203.0.113.9")
        #expect(F.mutations(F.press(&state, .enter)).isEmpty)       // not sent on Enter: a confirmation opens
        guard case .confirm(let c)? = state.modal else { Issue.record("no dialog"); return }
        #expect(c.typeToConfirm == "203.0.113.9")
        _ = F.type(&state, "203.0.113.9")
        #expect(F.mutations(F.press(&state, .enter)).count == 1)
        // A lobby name typed in the prompt: asked about, then sent once it is typed again.
        state.focus = .lobbies
        _ = F.press(&state, .char("n"))
        #expect(confirmedOnlyWhenRetyped("arena-new", &state) == [.createLobby(name: "arena-new")])
    }

    /// Types `text` in the open prompt and Enter (nothing may be sent), then types it again in the confirmation.
    func confirmedOnlyWhenRetyped(_ text: String, _ state: inout AppState) -> [Mutation] {
        _ = F.type(&state, text)
        guard F.mutations(F.press(&state, .enter)).isEmpty else { return [] }
        _ = F.type(&state, text)
        return F.mutations(F.press(&state, .enter))
    }

    @Test func elsewhereFormsAreSentOnEnter() {
        var state = F.loaded()
        _ = F.press(&state, .char("n"))
        _ = F.type(&state, "203.0.113.9")
        #expect(F.mutations(F.press(&state, .enter)).count == 1)
    }
}
