import EdgegapAPI
import Foundation
import TerminalUI

/// Keys while a dialog, prompt, form or help covers the panes.
enum ModalHandling {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let modal = state.modal else { return [] }
        switch modal {
        case .help(let scroll):
            state.modal = scrolled(key, scroll, wrap: Modal.help) ?? nil
        case .messages(let scroll):
            state.modal = scrolled(key, scroll, wrap: Modal.messages) ?? nil
        case .audit(let lines, let scroll):
            state.modal = scrolled(key, scroll, wrap: { Modal.audit(lines: lines, scroll: $0) }) ?? nil
        case .confirm(var c):
            return confirm(key, &c, &state)
        case .prompt(var p):
            return prompt(key, &p, &state)
        case .createSession(var f):
            return form(key, &f, &state)
        }
        return []
    }

    /// Scroll keys keep the overlay open (returning it); any closing key returns nil.
    static func scrolled(_ key: Key, _ scroll: Int, wrap: (Int) -> Modal) -> Modal?? {
        switch key {
        case .char("j"), .down: return .some(wrap(scroll + 1))
        case .char("k"), .up: return .some(wrap(max(0, scroll - 1)))
        case .pageDown, .char(" "): return .some(wrap(scroll + 10))
        case .pageUp: return .some(wrap(max(0, scroll - 10)))
        case .escape, .char("q"), .char("?"), .enter, .char("m"): return .some(nil)
        default: return .some(wrap(scroll))
        }
    }

    static func confirm(_ key: Key, _ c: inout Confirmation, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.modal = nil
            state.post(.info, "cancelled: \(c.mutation.verb)")
            return []
        case .tab, .backTab, .left, .right:
            c.confirmFocused.toggle()
        case .enter:
            guard c.confirmFocused else {
                state.modal = nil
                state.post(.info, "cancelled: \(c.mutation.verb)")
                return []
            }
            if let needed = c.typeToConfirm, c.typed.text != needed {
                state.modal = .confirm(c)
                state.post(.warning, "type \(UntrustedText.clean(needed, limit: 60)) exactly to confirm")
                return []
            }
            state.modal = nil
            return MutationFlow.send(c.mutation, &state)
        default:
            if c.typeToConfirm != nil { _ = c.typed.handle(key) }
        }
        state.modal = .confirm(c)
        return []
    }

    static func prompt(_ key: Key, _ p: inout Prompt, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.modal = nil
            if p.purpose == .filter { state.sessions.filter = "" }
            return []
        case .enter:
            return submit(p, &state)
        default:
            _ = p.editor.handle(key)
            p.problem = nil
            // The filter applies as it is typed.
            if p.purpose == .filter { state.sessions.filter = p.editor.text }
            state.modal = .prompt(p)
            return []
        }
    }

    static func submit(_ p: Prompt, _ state: inout AppState) -> [Effect] {
        var p = p
        let text = p.editor.text.trimmingSpaces
        switch p.purpose {
        case .filter:
            state.sessions.filter = text
            state.modal = nil
            return []
        case .jump:
            guard !text.isEmpty else {
                p.problem = "type a session id, audit, or profile NAME"
                state.modal = .prompt(p)
                return []
            }
            // A few words are commands rather than ids (session ids end in -S and have no spaces).
            if text == "audit" {
                state.modal = nil
                return [.loadAudit]
            }
            if text == "profile" || text.hasPrefix("profile ") {
                let name = text.dropFirst("profile".count).trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else {
                    p.problem = "profile needs a name: profile NAME"
                    state.modal = .prompt(p)
                    return []
                }
                state.modal = nil
                return [.switchProfile(name)]
            }
            state.modal = nil
            state.detail.sessionID = text
            state.detail.feed = Feed()
            state.detail.gone = false
            state.detail.selectedUser = 0
            state.focus = .detail
            return Reducer.fetchDetail(&state, force: true)
        case .authorizeUser(let id):
            if let why = InputRules.ipProblem(text) {
                p.problem = why
                state.modal = .prompt(p)
                return []
            }
            state.modal = nil
            return MutationFlow.send(.authorizeUser(sessionID: id, ip: text), &state)
        case .createLobby:
            if let why = InputRules.lobbyNameProblem(text) {
                p.problem = why
                state.modal = .prompt(p)
                return []
            }
            state.modal = nil
            return MutationFlow.send(.createLobby(name: text), &state)
        }
    }

    static func form(_ key: Key, _ f: inout SessionForm, _ state: inout AppState) -> [Effect] {
        let fields = SessionForm.Field.allCases
        switch key {
        case .escape:
            state.modal = nil
            return []
        case .tab, .down:
            f.focus = fields[(f.focus.rawValue + 1) % fields.count]
        case .backTab, .up:
            f.focus = fields[(f.focus.rawValue + fields.count - 1) % fields.count]
        case .enter:
            switch SessionFormValidation.request(from: f) {
            case .success(let request):
                state.modal = nil
                return MutationFlow.send(.createSession(request), &state)
            case .failure(let problem):
                f.problem = (problem.field, problem.text)
                f.focus = problem.field
            }
        default:
            f.problem = nil
            switch f.focus {
            case .ips: _ = f.ips.handle(key)
            case .filterField: _ = f.filterField.handle(key)
            case .filterValues: _ = f.filterValues.handle(key)
            case .webhook: _ = f.webhook.handle(key)
            case .filterType:
                let all = FilterType.allCases
                let i = all.firstIndex(of: f.filterType) ?? 0
                if key == .left { f.filterType = all[(i + all.count - 1) % all.count] }
                if key == .right || key == .char(" ") { f.filterType = all[(i + 1) % all.count] }
            }
        }
        state.modal = .createSession(f)
        return []
    }
}

/// Turns the create-session form into a request, or names the field that is wrong.
enum SessionFormValidation {
    struct Problem: Error {
        var field: SessionForm.Field
        var text: String
    }

    static func request(from f: SessionForm) -> Result<CreateSessionRequest, Problem> {
        if let why = InputRules.ipListProblem(f.ips.text) { return .failure(Problem(field: .ips, text: why)) }
        let ips = InputRules.splitList(f.ips.text)
        var filters: [SessionFilter]?
        let field = f.filterField.text.trimmingSpaces
        let values = InputRules.splitList(f.filterValues.text)
        if !field.isEmpty || !values.isEmpty {
            if field.isEmpty { return .failure(Problem(field: .filterField, text: "a filter needs a field (e.g. country)")) }
            if values.isEmpty { return .failure(Problem(field: .filterValues, text: "a filter needs at least one value")) }
            if field.count > 64 || !field.unicodeScalars.allSatisfy({ InputRules.isAlnum($0) || $0 == "_" }) {
                return .failure(Problem(field: .filterField, text: "letters, digits and _ only"))
            }
            filters = [SessionFilter(field: field, values: values, filterType: f.filterType)]
        }
        if let why = InputRules.webhookProblem(f.webhook.text) { return .failure(Problem(field: .webhook, text: why)) }
        let hook = f.webhook.text.trimmingSpaces
        return .success(CreateSessionRequest(ips: ips, filters: filters, webhookURL: hook.isEmpty ? nil : hook))
    }
}
