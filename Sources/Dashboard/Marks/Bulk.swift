import FoundationEssentials

/// Bulk actions: with marks, delete / revoke / terminate act on every marked target of their kind. One dialog (the
/// count, the first targets, how many the view hides; Cancel first; in production the count typed), then one request
/// at a time at the crawl's pace (the crawl waits meanwhile, so together they keep its budget), each audited as any
/// mutation, progress in the message line and a summary that stays.
enum Bulk {
    /// The marked targets `command` acts on here, as a bulk dialog (nil: no marks of its kind; the key acts on the
    /// selection as always).
    static func intercept(_ command: Command, _ state: inout AppState) -> [Effect]? {
        let marks = state.marks
        guard !marks.isEmpty else { return nil }
        // The problems view and the timeline mark lobbies too: their delete takes both.
        let problems = state.focus == .sessions && state.sessions.scope != .page
        let ms: [Mutation] = switch (command, state.focus) {
        case (.deleteSession, .sessions), (.deleteSession, .detail):
            marks.sessions.map { Mutation.deleteSession(id: $0) } + (problems ? marks.lobbies.map { .deleteLobby(name: $0) } : [])
        case (.revokeUser, .detail): marks.users.map { .revokeUser(sessionID: $0.sessionID, token: $0.token, ip: $0.ip) }
        case (.terminateLobby, .lobbies): marks.lobbies.map { .terminateLobby(name: $0) }
        case (.deleteLobby, .lobbies): marks.lobbies.map { .deleteLobby(name: $0) }
        default: []
        }
        guard !ms.isEmpty else { return nil }
        // What a lobby's state does not allow is left out, and said (the API would answer 409; an operator should not
        // learn it that way).
        var refused: [String] = []
        let allowed = ms.filter { m in
            guard let name = m.lobbyName, let l = state.lobbies.feed.value?.first(where: { $0.name == name }),
                  let why = LobbyStatus.refusal(command == .deleteSession ? .deleteLobby : command, status: l.status, url: l.url) else { return true }
            refused.append("\(MutationFlow.shown(name)) \(UntrustedText.clean(why, limit: 60))")
            return false
        }
        guard !allowed.isEmpty else {
            state.report(.warning, "nothing to send: " + refused.prefix(3).joined(separator: "; ") + (refused.count > 3 ? "; \(refused.count - 3) more" : ""))
            return []
        }
        return request(allowed, skipped: refused, &state)
    }

    /// The bulk dialog.
    static func request(_ ms: [Mutation], skipped: [String] = [], _ state: inout AppState) -> [Effect] {
        if let run = state.bulk {
            state.report(.warning, "a bulk \(run.verb) is under way (\(run.progress)): one at a time")
            return []
        }
        let run = BulkRun(ms)
        // The first three named; a fourth alone is named too rather than counted.
        let named = ms.count == 4 ? 4 : 3
        let names = ms.prefix(named).map { MutationFlow.shown($0.target) }.joined(separator: ", ")
        var lines = ["\(ms.count) \(run.noun(ms.count)) will be \(BulkRun.past(run.verb)): \(names)" + (ms.count > named ? " and \(ms.count - named) more" : "") + "."]
        if !skipped.isEmpty {
            lines.append("Left out, their state does not allow it: " + skipped.prefix(3).joined(separator: "; ") + (skipped.count > 3 ? "; \(skipped.count - 3) more" : "") + ".")
        }
        let hidden = ms.filter { !shown($0, state) }.count
        if hidden > 0 {
            lines.append("\(hidden) of them \(hidden == 1 ? "is" : "are") not in view now (the filter hides \(hidden == 1 ? "it" : "them"), or another page has \(hidden == 1 ? "it" : "them")).")
        }
        lines.append("One request at a time; a failure does not stop the rest, and nothing is retried.")
        var c = Confirmation(subject: .bulk(ms), title: "\(run.verb.capitalizedFirst) \(ms.count) \(run.noun(ms.count))?", lines: lines)
        if state.config.production {
            c.title = "PRODUCTION · " + c.title
            c.lines.insert("Profile \(MutationFlow.shown(state.config.environment)) is PRODUCTION.", at: 0)
            c.typeToConfirm = String(ms.count)
        }
        state.modal = .confirm(c)
        return []
    }

    /// True when the target of `m` is in the rows on screen.
    static func shown(_ m: Mutation, _ state: AppState) -> Bool {
        switch m {
        case .deleteSession(let id):
            if state.sessions.scope == .problems { return state.fleet.problems.contains { $0.target == .session(id) } }
            return state.listRows().contains { $0.sessionID == id }
        case .revokeUser(let id, let token, _):
            return SessionDetail.shown(state).map { $0.sessionID == id && $0.sessionUsers.contains { $0.authorizationToken == token } } ?? false
        default:
            guard let name = m.lobbyName else { return true }
            if state.sessions.scope == .problems && state.focus == .sessions { return state.fleet.problems.contains { $0.target == .lobby(name) } }
            return state.visibleLobbies.contains { $0.name == name }
        }
    }

    /// Confirmed: the run starts with its first request.
    static func start(_ ms: [Mutation], _ state: inout AppState) -> [Effect] {
        state.bulk = BulkRun(ms)
        return next(&state)
    }

    /// Sends the next request, or ends the run when none is left.
    static func next(_ state: inout AppState) -> [Effect] {
        guard var run = state.bulk, run.current == nil else { return [] }
        while let m = run.queue.first {
            run.queue.removeFirst()
            if state.pending[m.pendingKey] != nil {
                // The same action on the same target is already out (a single one): not sent twice.
                run.failed += 1
                state.post(.warning, "\(m.verb) \(MutationFlow.shown(m.target)) was already in flight: not sent again")
                continue
            }
            run.current = m
            state.bulk = run
            state.pending[m.pendingKey] = m
            state.progress(run.progress + " \u{2026}")
            return [.mutate(m)]
        }
        state.bulk = run
        return finish(&state)
    }

    /// One answer: counted, listed in the history in the words of a single action, the screen updated; then the
    /// next request after the budget's interval.
    static func finished(_ m: Mutation, _ outcome: MutationOutcome, _ state: inout AppState) -> [Effect] {
        guard var run = state.bulk else { return [] }
        run.current = nil
        switch outcome {
        case .succeeded:
            run.succeeded += 1
            state.marks.remove(m)
            state.post(.success, MutationFlow.text(m, outcome))
        case .failed(.notFound) where m.isDelete:
            run.alreadyGone += 1
            state.marks.remove(m)
            state.post(.info, MutationFlow.alreadyGone(m))
        case .failed(let error):
            run.failed += 1
            // A 429 slows the shared budget down, as it does the crawl's.
            if case .rateLimited = error { state.fleet.slowdown = min(Fleet.maxSlowdown, state.fleet.slowdown * 2) }
            state.post(.error, MutationFlow.text(m, outcome, keySource: state.config.keySource))
        case .unknown:
            run.unknown += 1
            state.post(.warning, MutationFlow.text(m, outcome, keySource: state.config.keySource))
        }
        state.bulk = run
        let effects = MutationFlow.apply(m, outcome, &state)
        if run.queue.isEmpty { return effects + finish(&state) }
        state.progress(run.progress + " \u{2026}")
        return effects + [.schedule(.bulk, seconds: Fleet.requestInterval(state))]
    }

    /// Every request answered: the summary stays in the message line; the lists are fetched again.
    static func finish(_ state: inout AppState) -> [Effect] {
        guard let run = state.bulk else { return [] }
        state.bulk = nil
        let level: Message.Level = run.failed > 0 ? .error : run.unknown > 0 ? .warning : .success
        state.report(level, run.summary + (run.failed + run.unknown > 0 ? "; what did not succeed stays marked" : ""))
        return Reducer.fetch(.sessions, &state, force: true) + Reducer.fetch(.lobbies, &state, force: true)
            + Reducer.fetch(.detail, &state, force: true)
    }

    /// The quit question's line about a run midway (nil: none under way).
    static func unsentLine(_ state: AppState) -> String? {
        guard let run = state.bulk, !run.queue.isEmpty else { return nil }
        return "Bulk \(run.verb): \(run.progress); the \(run.queue.count) not sent yet will not be sent."
    }
}
