import FoundationEssentials
import TerminalUI

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
            return Timeline.filtered(text, &state)
        case .jump:
            guard !text.isEmpty else { return problem("type a session id or its start, page N, problems, audit, or profile NAME") }
            // A few words are commands rather than ids (session ids end in -S and have no spaces): the keymap's
            // `command` words (`:q` as in k9s and vim).
            let word = String(text.prefix { $0 != " " })
            let argument = text.dropFirst(word.count).trimmed()
            if let command = state.config.keymap.command(forWord: word) {
                return run(word: word, command, argument: argument, &p, &state)
            }
            var why: String?
            let effects: [Effect]
            if let bad = InputRules.sessionIDProblem(text) {
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

    /// `:WORD [ARGUMENT]` for a command word of the keymap; the prompt stays with the problem when the argument is
    /// missing or wrong.
    static func run(word: String, _ command: Command, argument: String, _ p: inout Prompt, _ state: inout AppState) -> [Effect] {
        func problem(_ why: String) -> [Effect] {
            p.problem = why
            state.modal = .prompt(p)
            return []
        }
        switch command {
        case .problems, .timeline:
            state.modal = nil
            let shown: ListScope = command == .problems ? .problems : .timeline
            if state.sessions.scope == shown { return [] }
            return command == .problems ? Problems.toggle(&state) : Timeline.toggle(&state)
        case .audit:
            state.modal = nil
            return [.loadAudit]
        case .switchProfile:
            guard !argument.isEmpty else { return problem("\(word) needs a name: \(word) NAME") }
            state.modal = nil
            if let busy = state.switchingProfile {
                state.report(.warning, "profile \(UntrustedText.clean(busy, limit: 40)) is still opening")
                return []
            }
            state.switchingProfile = argument
            return [.openProfile(argument)]
        case .goToPage:
            var why: String?
            let effects = SessionList.page(argument, &state, problem: &why)
            if let why { return problem(why) }
            state.modal = nil
            return effects
        case .pin, .unpin:
            guard !argument.isEmpty else { return problem("\(word) needs a session id or lobby name: \(word) ID") }
            state.modal = nil
            let lobby = state.lobbies.feed.value?.contains { $0.name == argument } == true
            let target: Event.Target = lobby ? .lobby(argument) : .session(argument)
            if (command == .pin) == state.model.pins.contains(target) {
                state.report(.info, "\(UntrustedText.clean(argument, limit: 40)) is \(command == .pin ? "already" : "not") pinned")
                return []
            }
            return Timeline.pin(target, &state)
        default:
            state.modal = nil
            return Reducer.run(command, &state)
        }
    }
}
