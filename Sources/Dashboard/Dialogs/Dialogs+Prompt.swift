import Foundation

extension Dialogs {
    /// Enter in a prompt: the filter applies, a jump points the detail at the id (or runs `audit`, `profile NAME`),
    /// an authorize or a new lobby is sent once its input is valid; otherwise the prompt stays with the problem.
    static func submit(_ p: Prompt, _ state: inout AppState) -> [Effect] {
        var p = p
        let text = p.editor.text.trimmingSpaces
        func problem(_ why: String) -> [Effect] {
            p.problem = why
            state.modal = .prompt(p)
            return []
        }
        switch p.purpose {
        case .filter:
            state.sessions.filter = text
            state.modal = nil
            let effects = SessionList.selectionChanged(&state)
            // Enter opens the highlighted result (on the user the query matched); an empty query only clears.
            guard !text.isEmpty, SessionList.selected(state) != nil else { return effects }
            return effects + SessionList.run(.open, &state)!
        case .lobbyFilter:
            state.modal = nil
            Lobbies.filtered(text, &state)
            return []
        case .timelineFilter:
            state.modal = nil
            state.timeline.filter = text
            return []
        case .jump:
            guard !text.isEmpty else { return problem("type a session id or its start, page N, problems, audit, or profile NAME") }
            // A few words are commands rather than ids (session ids end in -S and have no spaces).
            // `:q` as in k9s and vim.
            if text == "q" || text == "quit" {
                state.modal = nil
                return Reducer.run(.quit, &state)
            }
            if text == "problems" {
                state.modal = nil
                if state.sessions.scope == .problems { return [] }
                return Problems.toggle(&state)
            }
            if text == "events" {
                state.modal = nil
                if state.sessions.scope == .timeline { return [] }
                return Timeline.toggle(&state)
            }
            for word in ["pin", "unpin"] where text == word || text.hasPrefix(word + " ") {
                let id = text.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
                guard !id.isEmpty else { return problem("\(word) needs a session id or lobby name: \(word) ID") }
                state.modal = nil
                let lobby = state.lobbies.feed.value?.contains { $0.name == id } == true
                let target: Event.Target = lobby ? .lobby(id) : .session(id)
                if (word == "pin") == state.model.pins.contains(target) {
                    state.report(.info, "\(UntrustedText.clean(id, limit: 40)) is \(word == "pin" ? "already" : "not") pinned")
                    return []
                }
                return Timeline.pin(target, &state)
            }
            if text == "audit" {
                state.modal = nil
                return [.loadAudit]
            }
            if text == "profile" || text.hasPrefix("profile ") {
                let name = text.dropFirst("profile".count).trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { return problem("profile needs a name: profile NAME") }
                state.modal = nil
                if let busy = state.switchingProfile {
                    state.report(.warning, "profile \(UntrustedText.clean(busy, limit: 40)) is still opening")
                    return []
                }
                state.switchingProfile = name
                return [.openProfile(name)]
            }
            var why: String?
            let effects: [Effect]
            if text == "page" || text.hasPrefix("page ") {
                effects = SessionList.page(text.dropFirst("page".count).trimmingCharacters(in: .whitespaces), &state, problem: &why)
            } else if let bad = InputRules.sessionIDProblem(text) {
                return problem(bad)
            } else {
                state.modal = nil
                effects = SessionList.jump(to: text, &state, problem: &why)
            }
            if let why { return problem(why) }
            state.modal = nil
            return effects
        case .authorizeUser(let id):
            if let why = InputRules.ipProblem(text) { return problem(why) }
            state.modal = nil
            return MutationFlow.submit(.authorizeUser(sessionID: id, ip: text), &state)
        case .createLobby:
            if let why = InputRules.lobbyNameProblem(text) { return problem(why) }
            state.modal = nil
            return MutationFlow.submit(.createLobby(name: text), &state)
        }
    }
}
