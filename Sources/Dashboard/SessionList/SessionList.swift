import EdgegapAPI
import Foundation

/// The session list's reducer: the page's answers, paging, selection, filter and sort, and its actions.
enum SessionList {
    /// A page answered: keep the selection on the same id (or the same row if it went), note first-seen times and
    /// the total, and let the detail ride on the page or poll on its own.
    static func take(_ page: SessionPage, _ state: inout AppState) -> [Effect] {
        let oldRows = state.listRows()
        let oldIndex = state.sessions.selectedIndex(in: oldRows)
        let oldSelection = state.sessions.selectedID
        state.sessions.feed.value = page
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
        if let id = state.sessions.selectedID, rows.contains(where: { $0.sessionID == id }) {
            // still there
        } else {
            state.sessions.selectedID = rows.isEmpty ? nil : rows[min(oldIndex, rows.count - 1)].sessionID
        }
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
            state.sessions.page += 1
            return Reducer.fetch(.sessions, &state, force: true)
        case .previousPage:
            guard state.sessions.page > 1 else {
                state.report(.info, "already on the first page")
                return []
            }
            state.sessions.page -= 1
            return Reducer.fetch(.sessions, &state, force: true)
        case .open:
            guard let id = state.sessions.selectedID else { return [] }
            state.focus = .detail
            return SessionDetail.show(id, &state)
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

    /// After the filter or the sort changed: the selection stays when its row is still shown, else moves to the
    /// first row shown, and the detail shows the selection (it never shows a row the list has hidden).
    static func selectionChanged(_ state: inout AppState) -> [Effect] {
        Fleet.search(&state)
        let rows = state.listRows()
        guard let first = rows.first else {
            // Nothing listed: the detail shows nothing rather than a session the list no longer shows.
            state.sessions.selectedID = nil
            return SessionDetail.clear(&state)
        }
        if !rows.contains(where: { $0.sessionID == state.sessions.selectedID }) { state.sessions.selectedID = first.sessionID }
        guard let id = state.sessions.selectedID, state.detail.sessionID != id else { return [] }
        return SessionDetail.show(id, &state, fetch: .settle)
    }

    /// Moves the selection; the detail follows (at once from the page, or fetched once the cursor settles).
    static func move(by delta: Int, _ state: inout AppState) -> [Effect] {
        let rows = state.listRows()
        guard !rows.isEmpty else { return [] }
        let i = Reducer.clamp(state.sessions.selectedIndex(in: rows), delta, rows.count)
        state.sessions.selectedID = rows[i].sessionID
        return SessionDetail.show(rows[i].sessionID, &state, fetch: .settle)
    }

    /// The selected session among the rows shown.
    static func selected(_ state: AppState) -> RelaySession? {
        state.sessions.selected(in: state.listRows())
    }
}
