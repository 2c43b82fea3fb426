import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// Keys while a dialog, prompt, form or help covers the panes, through the same binding table as the panes.
enum Dialogs {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let modal = state.modal else { return [] }
        switch modal {
        case .help(let scroll):
            let inside = HelpView.inside(state)
            let lines = HelpView.lines(state, theme: .mono, glyphs: .unicode, width: inside.width).count
            state.modal = scrolled(key, scroll, last: HelpView.maxScroll(lines: lines, height: inside.height), state.config.keymap).map(Modal.help)
        case .messages(let selected):
            let listed = MessagesView.newestFirst(state)
            let at = MessagesView.index(of: selected, in: listed)
            if state.config.keymap.command(for: key, in: [.help]) == .copy, listed.indices.contains(at) { return [.copy(listed[at].text)] }
            state.modal = scrolled(key, at, last: max(0, listed.count - 1), state.config.keymap).map { i in
                Modal.messages(selected: listed.indices.contains(i) ? listed[i].number : nil)
            }
        case .audit(let entries, let scroll):
            state.modal = scrolled(key, scroll, last: max(0, entries.count - 1), state.config.keymap).map { Modal.audit(entries: entries, scroll: $0) }
        case .confirm(var c):
            return confirm(key, &c, &state)
        case .prompt(var p):
            return prompt(key, &p, &state)
        case .createSession(var f):
            return form(key, &f, &state)
        }
        return []
    }

    /// The new position within `0...last`, or nil when the key closes the overlay.
    static func scrolled(_ key: Key, _ position: Int, last: Int, _ keymap: Keymap) -> Int? {
        let next: Int
        switch keymap.command(for: key, in: [.help]) {
        case .scrollDown: next = position + 1
        case .scrollUp: next = position - 1
        case .scrollPageDown: next = position + 10
        case .scrollPageUp: next = position - 10
        case .top: next = 0
        case .bottom: next = last
        case .close: return nil
        default: next = position
        }
        return max(0, min(last, next))
    }

    /// Applies a text field's key to `editor`: a bound edit, or a printable character typed. False when the key
    /// is neither.
    static func edit(_ key: Key, _ editor: inout TextInput, _ keymap: Keymap) -> Bool {
        if let command = keymap.command(for: key, in: [.field]), let e = Self.edit(for: command) {
            editor.apply(e)
            return true
        }
        if case .char(let c) = key {
            editor.insert(String(c))
            return true
        }
        return false
    }

    static func edit(for command: Command) -> TextInput.Edit? {
        switch command {
        case .cursorLeft: .left
        case .cursorRight: .right
        case .lineStart: .home
        case .lineEnd: .end
        case .deleteBack: .backspace
        case .deleteForward: .delete
        case .clearToStart: .clearToStart
        case .clearToEnd: .clearToEnd
        case .deleteWord: .deleteWordBack
        default: nil
        }
    }

    static func confirm(_ key: Key, _ c: inout Confirmation, _ state: inout AppState) -> [Effect] {
        let command = state.config.keymap.command(for: key, in: [.dialog])
        if command == nil, c.gone == nil, let needed = c.typeToConfirm, edit(key, &c.typed, state.config.keymap) {
            // Typing the target is the confirmation: once it matches, the action has the focus (Enter does it).
            c.confirmFocused = c.typed.text == needed
        }
        return answer(command, &c, &state)
    }

    /// A question answered by a command (a key's, or a click on a button).
    static func answer(_ command: Command?, _ c: inout Confirmation, _ state: inout AppState) -> [Effect] {
        if let gone = c.gone {
            // Its target went while it was open: Enter, Esc or Ctrl-C close it, and nothing is sent.
            guard [.choose, .cancel, .quit].contains(command) else { return [] }
            state.modal = nil
            state.report(.info, "nothing sent: \(gone)")
            return []
        }
        switch command {
        case .cancel:
            return cancel(c, &state)
        case .quit:
            // Ctrl-C a second time, at the quit question: quit anyway (what is in flight is audited as unknown).
            guard case .quit = c.subject else { return cancel(c, &state) }
            state.modal = nil
            return Reducer.quit(&state)
        case .switchButton:
            c.confirmFocused.toggle()
        case .choose:
            if let needed = c.typeToConfirm {
                // Typing the target is the confirmation: Enter after it goes ahead, whichever button has focus.
                guard c.typed.text == needed else {
                    state.modal = .confirm(c)
                    state.report(.warning, "type \(UntrustedText.clean(needed, limit: 60)) exactly to confirm")
                    return []
                }
            } else if !c.confirmFocused {
                return cancel(c, &state)
            }
            state.modal = nil
            switch c.subject {
            case .mutation(let m): return MutationFlow.send(m, &state)
            case .quit: return Reducer.quit(&state)
            case .switchProfile(let name, let config): return Reducer.switchProfile(name, config, &state)
            case .bulk(let ms): return Bulk.start(ms, &state)
            case .command(let run): return CustomCommands.start(run, &state)
            }
        default:
            break
        }
        state.modal = .confirm(c)
        return []
    }

    /// Closes a confirmation without doing anything.
    static func cancel(_ c: Confirmation, _ state: inout AppState) -> [Effect] {
        state.modal = nil
        if case .switchProfile = c.subject { state.switchingProfile = nil }
        if case .quit = c.subject {
            // Not quitting changes nothing: said in the history, never over an outcome that arrived meanwhile.
            state.post(.info, "cancelled: quit")
        } else {
            state.report(.info, "cancelled: \(c.verb)" + (c.target.map { " \(UntrustedText.clean($0, limit: 60))" } ?? ""))
        }
        return []
    }

    static func prompt(_ key: Key, _ p: inout Prompt, _ state: inout AppState) -> [Effect] {
        switch state.config.keymap.command(for: key, in: [.prompt]) {
        case .cancel:
            state.modal = nil
            if p.purpose == .lobbyFilter { Lobbies.filtered("", &state) }
            if p.purpose == .timelineFilter { return Timeline.filtered("", &state) }
            guard p.purpose == .filter else { return [] }
            state.sessions.filter = ""
            return SessionList.selectionChanged(&state)
        case .submit:
            return submit(p, &state)
        case nil where p.purpose == .jump && p.editor.text.isEmpty && state.config.keymap.command(for: key, in: [.jump]) != nil:
            // `gg` goes to the first row (vim, k9s); no session id, profile or command starts with g.
            state.modal = nil
            return Reducer.run(state.config.keymap.command(for: key, in: [.jump])!, &state)
        default:
            _ = edit(key, &p.editor, state.config.keymap)
            p.problem = nil
            state.modal = .prompt(p)
            if p.purpose == .lobbyFilter { Lobbies.filtered(p.editor.text, &state) }
            if p.purpose == .timelineFilter { return Timeline.filtered(p.editor.text, &state) }
            guard p.purpose == .filter else { return [] }
            // The filter applies as it is typed, and the detail keeps showing the list's selection.
            state.sessions.filter = p.editor.text
            return SessionList.selectionChanged(&state)
        }
    }

    static func form(_ key: Key, _ f: inout SessionForm, _ state: inout AppState) -> [Effect] {
        let fields = SessionForm.Field.allCases
        var command = state.config.keymap.command(for: key, in: [.form])
        // The filter-type keys (←/→/Space) edit text in the other fields.
        if f.focus != .filterType && (command == .nextOption || command == .previousOption) { command = nil }
        switch command {
        case .cancel:
            state.modal = nil
            return []
        case .nextField:
            f.focus = fields[(f.focus.rawValue + 1) % fields.count]
        case .previousField:
            f.focus = fields[(f.focus.rawValue + fields.count - 1) % fields.count]
        case .nextOption, .previousOption:
            let all = FilterType.allCases
            let i = all.firstIndex(of: f.filterType) ?? 0
            f.filterType = all[(i + (command == .nextOption ? 1 : all.count - 1)) % all.count]
        case .submit:
            switch SessionFormValidation.request(from: f) {
            case .success(let request):
                state.modal = nil
                return MutationFlow.submit(.createSession(request), &state)
            case .failure(let problem):
                f.problem = (problem.field, problem.text)
                f.focus = problem.field
            }
        default:
            f.problem = nil
            switch f.focus {
            case .ips: _ = edit(key, &f.ips, state.config.keymap)
            case .filterField: _ = edit(key, &f.filterField, state.config.keymap)
            case .filterValues: _ = edit(key, &f.filterValues, state.config.keymap)
            case .webhook: _ = edit(key, &f.webhook, state.config.keymap)
            case .filterType: break
            }
        }
        state.modal = .createSession(f)
        return []
    }
}
