import EdgegapAPI
import FoundationEssentials

/// The life of a mutation: a confirmation (for the ones from a list: delete, revoke, deploy, terminate) or a
/// validated form or prompt (create session, authorize, create lobby), one request, and an outcome that always
/// reaches the screen.
enum MutationFlow {
    /// Opens the confirmation for `m` (destructive ones default to Cancel).
    static func request(_ m: Mutation, _ state: inout AppState) -> [Effect] {
        if state.config.readOnly {
            state.report(.warning, "read-only mode: \(m.verb) is disabled")
            return []
        }
        if state.pending[m.pendingKey] != nil {
            state.report(.warning, "\(m.verb) \(shown(m.target)) is already in flight")
            return []
        }
        var c = Confirmation(subject: .mutation(m), title: title(m), lines: lines(m))
        c.wasPresent = isPresent(m, state)
        // A non-destructive deploy may start on its confirm button; destructive ones never do.
        c.confirmFocused = !m.isDestructive
        if state.config.production {
            // Production says so in words (colour may be off) and every mutation needs its target typed.
            c.title = "PRODUCTION · " + c.title
            c.lines.insert("Profile \(shown(state.config.environment)) is PRODUCTION.", at: 0)
            c.typeToConfirm = m.confirmationText
        }
        state.modal = .confirm(c)
        return []
    }

    /// A mutation from a form or prompt, its input already valid: sent at once, or on a production profile after
    /// the same typed confirmation as the rest.
    static func submit(_ m: Mutation, _ state: inout AppState) -> [Effect] {
        if state.config.production { return request(m, &state) }
        return send(m, &state)
    }

    /// Sends `m` once, marking it in flight. Inputs from forms and prompts arrive here already validated.
    static func send(_ m: Mutation, _ state: inout AppState) -> [Effect] {
        if state.pending[m.pendingKey] != nil {
            state.report(.warning, "\(m.verb) \(shown(m.target)) is already in flight")
            return []
        }
        state.pending[m.pendingKey] = m
        state.report(.info, "\(m.verb) \(shown(m.target))…")
        return [.mutate(m)]
    }

    /// Reports the outcome and refreshes what it changed.
    static func finished(_ m: Mutation, _ outcome: MutationOutcome, _ state: inout AppState) -> [Effect] {
        defer { Reducer.followQuitQuestion(&state) }
        Events.mutation(m, outcome, &state)
        if let profile = state.elsewhere.removeValue(forKey: m.pendingKey) {
            // Sent on the profile in use before a switch: said under its name, and nothing here changes.
            state.report(level(outcome), "\(shown(profile)): \(text(m, outcome))")
            return []
        }
        state.pending[m.pendingKey] = nil
        if state.bulk?.current == m { return Bulk.finished(m, outcome, &state) }
        switch outcome {
        case .succeeded: state.report(.success, text(m, outcome))
        case .failed(.notFound) where m.isDelete: state.report(.info, alreadyGone(m))
        case .failed, .unknown: state.report(level(outcome), text(m, outcome, keySource: state.config.keySource))
        }
        return apply(m, outcome, &state) + refresh(m, &state)
    }

    /// `session 8c05…-S was already gone (404): nothing deleted`.
    static func alreadyGone(_ m: Mutation) -> String {
        "\(m.verb.replacing("delete ", with: "")) \(shown(m.target)) was already gone (404): nothing deleted"
    }

    /// Refreshes what `m` touched, whatever the outcome, so the screen shows the truth.
    static func refresh(_ m: Mutation, _ state: inout AppState) -> [Effect] {
        if m.lobbyName != nil { return Reducer.fetch(.lobbies, &state, force: true) }
        return Reducer.fetch(.sessions, &state, force: true) + Reducer.fetch(.detail, &state, force: true)
    }

    /// What an outcome changes on screen beyond its words: the new session selected, a user added or gone, a deleted
    /// target forgotten (a delete answered 404 included: what it was for is done).
    static func apply(_ m: Mutation, _ outcome: MutationOutcome, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        switch outcome {
        case .succeeded(let result):
            switch (m, result) {
            case (.createSession, .session(let s)):
                // The new session is the selection, shown in the detail pane so its way to READY is visible; the list
                // turns to the last page, where a new session is (the list is in creation order), to show its row.
                state.sessions.selectedID = s.sessionID
                _ = SessionDetail.show(s.sessionID, &state, fetch: .none)
                _ = SessionDetail.take(s, &state)
                state.focus = .detail
                if let total = state.sessions.feed.value?.totalCount, state.sessions.scope == .page {
                    let size = max(1, state.config.pageSize)
                    state.sessions.page = max(1, (total + size) / size)
                }
            case (.authorizeUser, .authorization(let a)):
                // The answer carries the new user, not the session's users: add it to what is shown.
                if state.detail.sessionID == a.session.sessionID, var shown = state.detail.feed.value, let user = a.sessionUser,
                   !shown.sessionUsers.contains(where: { $0.ipAddress == user.ipAddress }) {
                    shown.sessionUsers.append(user)
                    SessionDetail.takeValue(shown, &state)
                }
            case (.revokeUser, .session(let s)):
                if state.detail.sessionID == s.sessionID { SessionDetail.takeValue(s, &state) }
            case (.deleteSession(let id), _):
                if state.detail.sessionID == id { state.detail.gone = true }
                effects += Fleet.forget(id, &state)
            case (.createLobby, .lobby(let l)):
                Lobbies.created(l, &state)
            case (.deleteLobby(let name), _):
                Lobbies.deleted(name, &state)
            default: break
            }
        case .failed(.notFound) where m.isDelete:
            // What the delete was for is done: it was gone already (churn, another operator).
            if case .deleteSession(let id) = m {
                if state.detail.sessionID == id { state.detail.gone = true }
                effects += Fleet.forget(id, &state)
            } else if let name = m.lobbyName {
                Lobbies.deleted(name, &state)
            }
        case .failed, .unknown:
            break
        }
        return effects
    }

    /// True while what `m` acts on is still on screen: a session listed (page, search, problems), indexed, or shown
    /// alive in the detail; a lobby in the list; a user among its session's users.
    static func isPresent(_ m: Mutation, _ state: AppState) -> Bool {
        if let name = m.lobbyName { return state.lobbies.feed.value?.contains { $0.name == name } ?? false }
        guard let id = m.sessionID else { return true }
        let alive: Bool = if state.detail.sessionID == id { !state.detail.gone } else {
            state.listRows().contains { $0.sessionID == id } || state.fleet.problems.contains { $0.target == .session(id) }
                || state.fleet.index.records[id] != nil
        }
        guard alive, case .revokeUser(_, let token, _) = m else { return alive }
        return SessionDetail.shown(state).map { $0.sessionID != id || $0.sessionUsers.contains { $0.authorizationToken == token } } ?? true
    }

    /// The open question's target went (`isPresent` turned false): the question says so and can send nothing.
    static func checkTarget(_ state: inout AppState) {
        guard case .confirm(var c)? = state.modal, c.gone == nil, c.wasPresent, case .mutation(let m) = c.subject,
              !isPresent(m, state) else { return }
        let what = switch m {
        case .revokeUser(_, _, let ip): "user \(shown(ip))"
        default: m.lobbyName.map { "lobby \(shown($0))" } ?? "session \(shown(m.sessionID ?? m.target))"
        }
        c.gone = "\(what) is gone"
        state.modal = .confirm(c)
    }

    /// A name as a message or dialog says it: whole up to 128 characters (lobby names run long), cleaned.
    static func shown(_ s: String) -> String { UntrustedText.clean(s, limit: 128) }

    static func level(_ outcome: MutationOutcome) -> Message.Level {
        switch outcome {
        case .succeeded: .success
        case .failed: .error
        case .unknown: .warning
        }
    }

    /// The outcome in words, one form for every mutation: what was done (`created lobby raid-3 (Released)`), what
    /// failed and why, or — first, since it is what matters — that nobody knows.
    static func text(_ m: Mutation, _ outcome: MutationOutcome, keySource: String? = nil) -> String {
        switch outcome {
        case .succeeded(let result): successText(m, result)
        case .failed(let error): "\(m.verb) \(shown(m.target)) failed: \(ErrorText.describe(error, keySource: keySource))"
        case .unknown(let error): "outcome unknown \u{2014} refresh to check: \(m.verb) \(shown(m.target)): \(ErrorText.describe(error, keySource: keySource))"
        }
    }

    /// `<done> <what> <target>`, with the API's status of a lobby or new session in parentheses.
    static func successText(_ m: Mutation, _ r: MutationResult) -> String {
        let status: String = switch r {
        case .lobby(let l): " (\(shown(l.status)))"
        case .session(let s) where m.isCreate: " (\(shown(s.status)))"
        default: ""
        }
        let done = switch m {
        case .createSession: if case .session(let s) = r { "created session \(shown(s.sessionID))" } else { "created session \(shown(m.target))" }
        case .deleteSession(let id): "deleted session \(shown(id))"
        case .authorizeUser(let id, let ip): "authorized user \(shown(ip)) on \(shown(id))"
        case .revokeUser(let id, _, let ip): "revoked user \(shown(ip)) from \(shown(id))"
        case .createLobby(let n): "created lobby \(shown(n))"
        case .deployLobby(let n): "deployed lobby \(shown(n))"
        case .terminateLobby(let n): "terminated lobby \(shown(n))"
        case .deleteLobby(let n): "deleted lobby \(shown(n))"
        }
        if case .deleteLobby = m, case .lobby(let l) = r { return done + " (was \(shown(l.status)))" }
        return done + status
    }

    /// The confirmation's title (only the mutations `request` confirms).
    static func title(_ m: Mutation) -> String {
        switch m {
        case .deleteSession: "Delete relay session?"
        case .revokeUser: "Revoke user?"
        case .terminateLobby: "Terminate lobby?"
        case .deleteLobby: "Delete lobby?"
        case .deployLobby: "Deploy lobby?"
        default: "\(m.verb.capitalized)?"
        }
    }

    /// The confirmation's lines naming the target.
    static func lines(_ m: Mutation) -> [String] {
        switch m {
        case .deleteSession(let id): ["Session \(shown(id)) will be deleted.", "Its players lose their relay, if it has one."]
        case .revokeUser(let id, let token, let ip): ["User \(shown(ip)) (token \(token))", "will be removed from session \(shown(id))."]
        case .terminateLobby(let n): ["Lobby \(shown(n)) will be terminated."]
        case .deleteLobby(let n): ["Lobby \(shown(n)) will be deleted."]
        case .deployLobby(let n): ["Lobby \(shown(n)) will be deployed."]
        default: [shown(m.target)]
        }
    }
}
