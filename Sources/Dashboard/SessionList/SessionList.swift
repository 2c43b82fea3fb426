import EdgegapAPI
import FoundationEssentials

/// The session list's reducer: the page's answers, paging, selection, filter and sort, and its actions.
enum SessionList {
    /// A page answered: keep the selection on the same id (or the same row if it went), note first-seen times and
    /// the total, and let the detail ride on the page or poll on its own.
    static func take(_ page: SessionPage, _ state: inout AppState) -> [Effect] {
        let oldRows = state.listRows()
        let oldIndex = state.sessions.selectedIndex(in: oldRows)
        let oldSelection = state.sessions.selectedID
        let samePage = state.sessions.loadedPage == state.sessions.page
        state.sessions.feed.value = page
        state.sessions.loadedPage = state.sessions.page
        state.sessions.pageAnswers += 1
        state.sessions.updatedAt = state.now
        let ids = page.sessions.map(\.sessionID)
        let firstLook = state.sessions.pagesSeen.insert(state.sessions.page).inserted
        let before = state.sessions.firstSeen.count
        // New to the index and the table alike (the index keeps the times of the sessions it holds). Touched only
        // when something is new: the table is observed, and may hold up to 150,000 entries.
        let new = ids.filter { state.firstSeen($0) == nil }
        if !new.isEmpty { Reducer.remember(new, in: &state.sessions.firstSeen, now: state.now, lowerBound: firstLook) }
        state.totalsHistory.append(page.totalCount)
        if state.totalsHistory.count > AppState.historyLimit { state.totalsHistory.removeFirst() }
        let rows = state.listRows()
        if let id = oldSelection, rows.contains(where: { $0.sessionID == id }) {
            // still there
        } else if let id = oldSelection, let i = oldIndex, samePage && !(state.detail.sessionID == id && state.detail.gone) {
            // The selected row left this page. Pages shift under churn, so it may only have moved: the selection stays
            // on it (the detail now asks for it on its own; no row is highlighted in its place). If the API says it is
            // gone, its neighbour takes over then (`neighbourAfterGone`).
            state.sessions.leftFor = Neighbour.of(i, in: oldRows.map(\.sessionID), listed: rows.map(\.sessionID))
            state.sessions.leftAtAnswer = state.sessions.pageAnswers
        } else if let i = oldIndex {
            // Deleted here: its neighbour; the user turned the page: the row now in its place, else the one before —
            // never the top.
            state.sessions.selectedID = samePage ? Neighbour.of(i, in: oldRows.map(\.sessionID), listed: rows.map(\.sessionID))
                : rows.isEmpty ? nil : rows[min(i, rows.count - 1)].sessionID
        } else if oldSelection == nil {
            // Nothing chosen yet (the first answer, or the user turned the page): the first row.
            state.sessions.selectedID = rows.first?.sessionID
        }
        // Otherwise the selection is a session on another page (jumped to, created here): it stays, shown in the detail.
        var effects = SessionDetail.followPage(&state, selectionChanged: state.sessions.selectedID != oldSelection)
        if state.sessions.firstSeen.count != before { effects += FirstSeen.saveSoon(&state) }
        // The page we are on no longer exists (sessions went away): go to the last one.
        let pages = page.pagination.paginator.numPages
        if page.sessions.isEmpty && state.sessions.page > 1 && state.sessions.page > pages {
            state.sessions.page = max(1, pages)
            effects += Reducer.fetch(.sessions, &state, force: true)
        }
        return effects
    }

    /// Runs a session-list command (nil: not one of the list's).
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .nextPage:
            guard let p = state.sessions.feed.value?.pagination else { return [] }
            guard p.hasNext || state.sessions.page < p.paginator.numPages else {
                state.report(.info, "already on the last page")
                return []
            }
            return turn(to: state.sessions.page + 1, &state)
        case .previousPage:
            guard state.sessions.page > 1 else {
                state.report(.info, "already on the first page")
                return []
            }
            return turn(to: state.sessions.page - 1, &state)
        case .firstPage, .lastPage:
            let to = command == .firstPage ? 1 : state.sessions.pageCount
            guard to != state.sessions.page else {
                state.report(.info, "already on the \(command == .firstPage ? "first" : "last") page")
                return []
            }
            return turn(to: to, &state)
        case .open:
            guard let id = state.sessions.selectedID else { return [] }
            let user = Fleet.matchingUser(of: id, state)
            state.focus = .detail
            let effects = SessionDetail.show(id, &state)
            if let user {
                // Opened from a search for a player: that player is the selected user.
                state.detail.field = nil
                state.detail.selectedUser = user
            }
            return effects
        case .filter:
            let label = state.config.crawlRate > 0 ? "search the fleet: id, IP, token, relay, status, error" : "filter this page"
            state.modal = .prompt(Prompt(purpose: .filter, label: label, text: state.sessions.filter))
            return []
        case .sort:
            state.sessions.sort.key = state.sessions.sort.key.next
            return selectionChanged(&state)
        case .reverseSort:
            state.sessions.sort.descending.toggle()
            return selectionChanged(&state)
        case .createSession:
            state.modal = .createSession(SessionForm())
            return []
        default:
            return nil
        }
    }

    /// The selected session is gone (the API answered 404) and no page lists it: the row that took its place when it
    /// left takes the selection (else the one before), and the message line says so.
    static func neighbourAfterGone(_ id: String, _ state: inout AppState) -> [Effect] {
        let shown = UntrustedText.clean(id, limit: 40)
        let rows = state.listRows()
        guard state.sessions.selectedID == id, !rows.contains(where: { $0.sessionID == id }) else {
            state.post(.warning, "session \(shown) is gone")
            return []
        }
        // Its neighbour when it left at the last page answer (a row the user sees beside where it was); otherwise
        // nothing: a row nobody looked at never becomes the target of a key.
        let fresh = state.sessions.leftAtAnswer == state.sessions.pageAnswers
        let next = fresh ? state.sessions.leftFor.flatMap { id in rows.contains { $0.sessionID == id } ? id : nil } : nil
        state.sessions.selectedID = next
        state.sessions.leftFor = nil
        // The selection changed under the user: said even over an outcome.
        state.report(.warning, "session \(shown) is gone" + (next.map { "; \(UntrustedText.clean($0, limit: 40)), in its place, is selected" } ?? ""))
        // The detail keeps saying gone while the user is in it; otherwise it shows the new selection (or none).
        guard state.focus != .detail else { return [] }
        guard let next = state.sessions.selectedID else { return SessionDetail.clear(&state) }
        return SessionDetail.show(next, &state, fetch: .settle)
    }

    /// The user turns to page `n`: its first row is selected once it answers.
    static func turn(to n: Int, _ state: inout AppState) -> [Effect] {
        state.sessions.page = n
        state.sessions.selectedID = nil
        return Reducer.fetch(.sessions, &state, force: true)
    }

    /// After the filter or the sort changed: the selection stays when its row is still shown, else moves to the
    /// first row shown, and the detail shows the selection (it never shows a row the list has hidden).
    static func selectionChanged(_ state: inout AppState, keepChosen: Bool = false) -> [Effect] {
        Fleet.search(&state)
        let rows = state.listRows()
        // The filter cleared: a session chosen from its results stays chosen (off the page, in the detail).
        if keepChosen, let id = state.sessions.selectedID, state.detail.sessionID == id, !state.detail.gone { return [] }
        guard let first = rows.first else {
            // Nothing listed: the detail shows nothing rather than a session the list no longer shows.
            state.sessions.selectedID = nil
            return SessionDetail.clear(&state)
        }
        if !rows.contains(where: { $0.sessionID == state.sessions.selectedID }) { state.sessions.selectedID = first.sessionID }
        guard let id = state.sessions.selectedID, state.detail.sessionID != id else { return [] }
        return SessionDetail.show(id, &state, fetch: .settle)
    }

    /// Back to the page from a view listed in its place. Its selection was left alone meanwhile; one that left the page
    /// then gives way to the page's first row, and that is said (nobody chose it).
    static func backFromView(_ state: inout AppState) -> [Effect] {
        state.sessions.scope = .page
        let before = state.sessions.selectedID
        let effects = selectionChanged(&state)
        if let before, let now = state.sessions.selectedID, now != before {
            state.report(.warning, "session \(UntrustedText.clean(before, limit: 40)) is no longer on this page; "
                         + "\(UntrustedText.clean(now, limit: 40)), its first row, is selected")
        }
        return effects
    }

    /// Moves the selection; the detail follows (at once from the page, or fetched once the cursor settles).
    static func move(by delta: Int, _ state: inout AppState) -> [Effect] {
        let rows = state.listRows()
        guard !rows.isEmpty else { return [] }
        // From a selection off the page, the first move lands on the page's first row.
        let i = state.sessions.selectedIndex(in: rows).map { Reducer.clamp($0, delta, rows.count) } ?? 0
        state.sessions.selectedID = rows[i].sessionID
        return SessionDetail.show(rows[i].sessionID, &state, fetch: .settle)
    }

    /// The selected session among the rows shown (nil when the selection is not listed).
    static func selected(_ state: AppState) -> RelaySession? {
        state.sessions.selected(in: state.listRows())
    }
}
