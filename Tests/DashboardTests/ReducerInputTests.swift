@testable import Dashboard
import EdgegapAPI
import Foundation
import TerminalUI
import Testing

/// Prompts and the create-session form: validation before anything is sent.
@Suite struct ReducerInputTests {
    typealias F = Fixtures

    func promptProblem(_ state: AppState) -> String? {
        if case .prompt(let p)? = state.modal { return p.problem }
        return nil
    }

    func formProblem(_ state: AppState) -> (field: SessionForm.Field, text: String)? {
        if case .createSession(let f)? = state.modal { return f.problem }
        return nil
    }

    @Test(arguments: ["1.2.3", "300.1.1.1", "hello", "1.2.3.4.5", "::g", ""])
    func authorizeRejectsBadIPs(ip: String) {
        var state = F.loaded()
        var effects = F.press(&state, .char("a"))
        effects += F.type(&state, ip) + F.press(&state, .enter)
        #expect(F.mutations(effects).isEmpty)
        #expect(promptProblem(state) != nil)
        #expect(state.pending.isEmpty)
        // Typing again clears the problem.
        F.type(&state, "1")
        #expect(promptProblem(state) == nil)
    }

    @Test(arguments: ["203.0.113.9", "2001:db8::1", " 10.0.0.1 "])
    func authorizeSendsOneMutationForAGoodIP(ip: String) {
        var state = F.loaded()
        let effects = F.press(&state, .char("a")) + F.type(&state, ip) + F.press(&state, .enter)
        let trimmed = ip.trimmingCharacters(in: .whitespaces)
        #expect(F.mutations(effects) == [.authorizeUser(sessionID: "s-alpha", ip: trimmed)])
        #expect(state.modal == nil)
    }

    @Test(arguments: ["", "-starts-with-dash", "has space", "bad/char", String(repeating: "x", count: 64)])
    func createLobbyRejectsBadNames(name: String) {
        var state = F.loaded()
        var effects = F.press(&state, .tab, .tab, .char("n"))
        #expect(state.focus == .lobbies)
        effects += F.type(&state, name) + F.press(&state, .enter)
        #expect(F.mutations(effects).isEmpty)
        #expect(promptProblem(state) != nil)
    }

    @Test func createLobbySendsTheName() {
        var state = F.loaded()
        let effects = F.press(&state, .tab, .tab, .char("n")) + F.type(&state, "arena_2-eu") + F.press(&state, .enter)
        #expect(F.mutations(effects) == [.createLobby(name: "arena_2-eu")])
    }

    @Test func createSessionFormNeedsIPs() {
        var state = F.loaded()
        let effects = F.press(&state, .char("n"), .enter)
        #expect(F.mutations(effects).isEmpty)
        #expect(formProblem(state)?.field == .ips)
        F.type(&state, "1.2.3.4, nope")
        #expect(formProblem(state) == nil)
        _ = F.press(&state, .enter)
        #expect(formProblem(state)?.field == .ips)
        #expect(formProblem(state)?.text.contains("nope") == true)
    }

    @Test func createSessionFormRejectsABadWebhook() {
        var state = F.loaded()
        _ = F.press(&state, .char("n"))
        F.type(&state, "1.2.3.4")
        _ = F.press(&state, .tab, .tab, .tab, .tab)
        F.type(&state, "ftp://hooks.example")
        let effects = F.press(&state, .enter)
        #expect(F.mutations(effects).isEmpty)
        #expect(formProblem(state)?.field == .webhook)
    }

    /// The create form opened with `ips` typed, then `filterField` in the next field.
    func formWith(ips: String, filterField: String) -> AppState {
        var state = F.loaded()
        _ = F.press(&state, .char("n"))
        F.type(&state, ips)
        _ = F.press(&state, .tab)
        F.type(&state, filterField)
        return state
    }

    @Test func createSessionFormRejectsAFilterWithoutValues() {
        var state = formWith(ips: "1.2.3.4", filterField: "country")
        let effects = F.press(&state, .enter)
        #expect(F.mutations(effects).isEmpty)
        #expect(formProblem(state)?.field == .filterValues)
        guard case .createSession(let f)? = state.modal else { Issue.record("form closed"); return }
        #expect(f.focus == .filterValues)
    }

    @Test func createSessionFormSendsTheRequest() {
        var state = formWith(ips: "1.2.3.4 2001:db8::2", filterField: "country")
        _ = F.press(&state, .tab)
        F.type(&state, "FR,DE")
        _ = F.press(&state, .tab, .right, .tab)
        F.type(&state, "https://hooks.example/relay")
        let effects = F.press(&state, .enter)
        let expected = CreateSessionRequest(ips: ["1.2.3.4", "2001:db8::2"],
                                            filters: [SessionFilter(field: "country", values: ["FR", "DE"], filterType: .all)],
                                            webhookURL: "https://hooks.example/relay")
        #expect(F.mutations(effects) == [.createSession(expected)])
        #expect(state.modal == nil)
    }

    @Test func readOnlyRefusesMutatingKeysWithAMessage() {
        var state = F.loaded(lobbies: F.sampleLobbies, config: F.config(readOnly: true))
        // Said in the words of help (issue 12, item 10), not the internal names (`deleteSession`).
        for (keys, verb) in [([Key.char("D")], "delete the selected session"), ([.char("n")], "create a session"),
                             ([.char("a")], "authorize a user IP on the selected session"),
                             ([.tab, .char("x")], "revoke the selected user"),
                             ([.tab, .char("d")], "deploy the selected lobby"), ([.char("T")], "terminate the selected lobby")] {
            let effects = F.press(&state, keys)
            #expect(effects.isEmpty)
            #expect(state.modal == nil)
            #expect(state.messages.last?.text == "read-only mode: \(verb) is disabled")
        }
    }

    @Test func readOnlyFooterAndHelpHideMutatingKeys() {
        let normal = Keymap.defaults.footer(for: .sessions, readOnly: false).map(\.command)
        #expect(normal.contains(.deleteSession))
        for pane in Pane.allCases {
            #expect(!Keymap.defaults.footer(for: pane, readOnly: true).contains { $0.command.isMutating })
        }
        #expect(!Keymap.defaults.visible(readOnly: true).contains { $0.command.isMutating })
        #expect(!Keymap.defaults.markdown(readOnly: true).contains("Delete"))
    }
}

extension Fixtures {
    @discardableResult
    static func press(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
        keys.flatMap { Reducer.reduce(&state, .key($0)) }.filter { !isClock($0) }
    }
}
