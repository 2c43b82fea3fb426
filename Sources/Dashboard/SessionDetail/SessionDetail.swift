import EdgegapAPI
import FoundationEssentials

/// The detail pane's reducer: what it shows (`show`, the one way to point it at a session), its ride on the
/// session page, its own answers, and the session actions (delete, authorize, revoke).
enum SessionDetail {
    /// How `show` gets the session's data.
    enum Fetch {
        /// From the page when the session is on it, else one request (unless one is out).
        case normal
        /// One request whatever the page says (a jump: the newest word on the session).
        case forced
        /// From the page at once, else a request once the cursor settles (j/k held down sends one request).
        case settle
        /// Nothing now (the caller refreshes).
        case none
    }

    /// Points the detail pane at session `id`. A new session starts afresh: no value, not gone, not riding,
    /// first user selected, and an answer still out for the old one is not taken.
    static func show(_ id: String, _ state: inout AppState, fetch: Fetch = .normal) -> [Effect] {
        // A jump asks afresh even for the session shown (it may have come back, or a 404 was passing).
        if state.detail.sessionID != id || fetch == .forced {
            state.detail = DetailState(sessionID: id)
            state.book[.detail] = state.book[.detail].restarted()
        } else if fetch == .settle {
            return []
        }
        switch fetch {
        case .none: return []
        case .normal: return Reducer.fetch(.detail, &state)
        case .forced: return Reducer.fetch(.detail, &state, force: true)
        case .settle: return rideOnPage(&state) ? [.cancelTimer(.poll(.detail))] : [.schedule(.poll(.detail), seconds: 0.25)]
        }
    }

    /// After a page answer: the detail follows a changed selection; otherwise it rides on the new page while its
    /// session is on it, and polls on its own once the session has left.
    static func followPage(_ state: inout AppState, selectionChanged: Bool) -> [Effect] {
        // While a view is listed in the page's place, the detail shows that view's highlight, not the hidden page's.
        if selectionChanged, state.sessions.scope == .page, let id = state.sessions.selectedID { return show(id, &state) }
        let wasRiding = state.detail.ridesOnPage
        if rideOnPage(&state) { return wasRiding ? [] : [.cancelTimer(.poll(.detail))] }
        return wasRiding ? Reducer.fetch(.detail, &state) : []
    }

    /// When the shown session is on the loaded page, takes its data from there and returns true.
    static func rideOnPage(_ state: inout AppState) -> Bool {
        guard let id = state.detail.sessionID, !state.detail.gone,
              let s = state.sessions.feed.value?.sessions.first(where: { $0.sessionID == id }) else {
            state.detail.ridesOnPage = false
            return false
        }
        state.detail.ridesOnPage = true
        if state.detail.feed.value != s { takeValue(s, &state) }
        if state.detail.feed.status.error != nil || state.detail.feed.status.retryAt != nil {
            state.detail.feed.status.error = nil
            state.detail.feed.status.retryAt = nil
        }
        // Answered with the page. A request of its own still out (after a mutation) is still wanted: its answer
        // is the newest word.
        let inFlight = state.book[.detail].inFlight
        state.book[.detail].succeeded(at: state.book[.sessions].answeredAt ?? state.now)
        state.book[.detail].inFlight = inFlight
        return true
    }

    /// The detail shows no session (the list shows none, or its highlighted row is not one); its polling stops.
    static func clear(_ state: inout AppState) -> [Effect] {
        guard state.detail.sessionID != nil else { return [] }
        state.detail = DetailState()
        state.book[.detail] = state.book[.detail].restarted()
        return [.cancelTimer(.poll(.detail))]
    }

    /// The session's own answer.
    static func take(_ s: RelaySession, _ state: inout AppState) -> [Effect] {
        takeValue(s, &state)
        state.detail.gone = false
        if state.firstSeen(s.sessionID) == nil { Reducer.remember([s.sessionID], in: &state.sessions.firstSeen, now: state.now) }
        return []
    }

    /// The API says the session is gone: a fact, not an error. Its polling stops.
    static func gone(_ state: inout AppState) -> [Effect] {
        state.detail.feed.status.error = nil
        state.detail.feed.status.retryAt = nil
        var effects: [Effect] = [.cancelTimer(.poll(.detail))]
        if !state.detail.gone, let id = state.detail.sessionID, state.sessions.scope != .page {
            // The highlight of a view in the page's place (the timeline, the problems view) names sessions that may be
            // long gone: the detail says so and stays on it — never the page's row in its place, never a jump's complaint.
            // Said gone before the index forgets it: forgetting moves the problems view's highlight, and the detail
            // with it, to the next row — which is not gone.
            let known = SessionDetail.shown(state) != nil
            state.detail.gone = true
            if known {
                state.model.note(.sessionGone, .session(id), at: state.now)
                effects += Fleet.forget(id, &state)
            }
            return effects
        }
        if !state.detail.gone, let id = state.detail.sessionID {
            let shown = UntrustedText.clean(id, limit: 40)
            // Never seen at all (a jump to an id no list showed) matches nothing: the selection goes back. Seen and
            // then gone: it is gone.
            if state.detail.feed.value == nil && SessionDetail.shown(state) == nil {
                state.report(.warning, "no session matches \(shown)")
                state.detail.gone = true
                return effects + SessionList.jumpFailed(&state)
            }
            state.detail.gone = true
            state.model.note(.sessionGone, .session(id), at: state.now)
            effects += Fleet.forget(id, &state)
            return effects + SessionList.neighbourAfterGone(id, &state)
        }
        state.detail.gone = true
        if let id = state.detail.sessionID { effects += Fleet.forget(id, &state) }
        return effects
    }

    /// Shows `s` as the detail's value (the user selection kept within its users).
    static func takeValue(_ s: RelaySession, _ state: inout AppState) {
        state.detail.feed.value = s
        state.detail.selectedUser = min(state.detail.selectedUser, max(0, s.sessionUsers.count - 1))
    }

    /// The session the detail pane shows: its own data, or the list's copy (the fleet index's, for a session on
    /// another page) until that arrives.
    static func shown(_ state: AppState) -> RelaySession? {
        guard let id = state.detail.sessionID else { return nil }
        if let s = state.detail.feed.value, s.sessionID == id { return s }
        if let s = state.sessions.feed.value?.sessions.first(where: { $0.sessionID == id }) { return s }
        return state.fleet.index.records.session(id)
    }

    /// The session an action applies to: the one the detail shows, which is the list's selection (listed or not) —
    /// one candidate for a key, whichever of the two panes has it. None when that session is gone.
    static func target(_ state: AppState) -> String? {
        if state.focus == .detail {
            guard let id = state.detail.sessionID, !state.detail.gone else { return nil }
            return id
        }
        guard let id = state.sessions.selectedID else { return nil }
        return state.detail.sessionID == id && state.detail.gone ? nil : id
    }

    /// Runs a session action (nil: not one of the detail's).
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .deleteSession:
            guard let id = target(state) else { return Reducer.noTarget("session", &state) }
            return MutationFlow.request(.deleteSession(id: id), &state)
        case .authorizeUser:
            guard let id = target(state) else { return Reducer.noTarget("session", &state) }
            if let s = shown(state), s.sessionID == id, s.error != nil {
                // A failed session has no relay to let a user onto: said without a request.
                state.report(.warning, "session \(UntrustedText.clean(id, limit: 40)) has failed: no user can be authorized on it")
                return []
            }
            state.modal = .prompt(Prompt(purpose: .authorizeUser(sessionID: id),
                                         label: "user IP to authorize on \(UntrustedText.clean(id, limit: 40))"))
            return []
        case .revokeUser:
            guard let s = shown(state), !s.sessionUsers.isEmpty, state.detail.field == nil else {
                return Reducer.noTarget("user", &state)
            }
            let user = s.sessionUsers[min(state.detail.selectedUser, s.sessionUsers.count - 1)]
            guard let token = user.authorizationToken else {
                state.report(.warning, "that user has no token yet (session not ready)")
                return []
            }
            return MutationFlow.request(.revokeUser(sessionID: s.sessionID, token: token, ip: user.ipAddress), &state)
        case .copyToken:
            guard let token = copyTarget(state, token: true) else { return Reducer.noTarget("token", &state) }
            return [.copy(token)]
        default:
            return nil
        }
    }

    /// Moves the cursor through the fields (session id, token, relay, links) and on into the users.
    static func move(by delta: Int, _ state: inout AppState) -> [Effect] {
        let users = shown(state)?.sessionUsers.count ?? 0
        let fields = DetailField.allCases.count
        // One list: the fields, then the users.
        let current = state.detail.field?.rawValue ?? (fields + min(state.detail.selectedUser, max(0, users - 1)))
        let next = Reducer.clamp(current, delta, fields + users)
        if next < fields {
            state.detail.field = DetailField(rawValue: next)
        } else {
            state.detail.field = nil
            state.detail.selectedUser = next - fields
        }
        return []
    }

    /// What `y` copies here: the field with the cursor, or the selected user's IP (with `Y`, the token).
    static func copyTarget(_ state: AppState, token: Bool = false) -> String? {
        guard let s = shown(state) else { return nil }
        if let field = state.detail.field { return token ? s.authorizationToken.map(String.init) : field.value(in: s) }
        guard !s.sessionUsers.isEmpty else { return token ? s.authorizationToken.map(String.init) : s.relay?.ports?.client?.link ?? s.sessionID }
        let user = s.sessionUsers[min(state.detail.selectedUser, s.sessionUsers.count - 1)]
        return token ? user.authorizationToken.map(String.init) : user.ipAddress
    }
}
