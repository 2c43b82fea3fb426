import EdgegapAPI
import FoundationEssentials

/// `:ID`, `:PREFIX` and `:page N`: where a jump lands. A jump makes the session the list's selection (the list turns
/// to its page when the index knows it), so the detail and the list never offer two candidates for one key.
extension SessionList {
    /// Most candidates a prefix is matched against before it counts as ambiguous.
    static let prefixCandidates = 50

    /// The sessions whose id starts with `prefix` (case-insensitive): on the page, then in the index.
    static func ids(startingWith prefix: String, _ state: AppState) -> [String] {
        let search = FleetSearch(prefix)
        var found: [String] = []
        for s in state.sessions.feed.value?.sessions ?? [] where search.startsWith(s.sessionID) { found.append(s.sessionID) }
        state.fleet.index.records.withBuffers { ids, _ in
            state.fleet.index.scanLive { position, _ in
                let id = ids[position]
                if search.startsWith(id) && !found.contains(id) { found.append(id) }
                return found.count < prefixCandidates
            }
        }
        return found
    }

    /// `:TEXT` for a session: an id or a unique prefix jumps; an ambiguous prefix lists its matches; a well-formed id
    /// nobody has listed is asked for (the API answers whether it exists). Returns nil with `problem` set when there
    /// is nothing to jump to.
    static func jump(to text: String, _ state: inout AppState, problem: inout String?) -> [Effect] {
        let found = ids(startingWith: text, state)
        if found.contains(text) || found.count == 1 { return go(to: found.contains(text) ? text : found[0], &state) }
        if found.count > 1 {
            // Ambiguous: the list shows them all (the fleet search, or the page's filter with the crawl off).
            state.sessions.scope = .page
            state.sessions.filter = text
            state.focus = .sessions
            let n = found.count >= prefixCandidates ? "\(prefixCandidates)+" : "\(found.count)"
            state.report(.info, "\(n) sessions start with \(UntrustedText.clean(text, limit: 40)): listed, pick one")
            return selectionChanged(&state)
        }
        if InputRules.sessionIDProblem(text) == nil && looksWhole(text) { return go(to: text, &state) }
        problem = "no session matches \(UntrustedText.clean(text, limit: 40))"
            + (state.config.crawlRate > 0 && !state.fleet.index.isPartial ? "" : " on the pages read so far")
        return []
    }

    /// A whole id rather than a prefix (`7349356945f1-S`): asked for even when no list has shown it.
    static func looksWhole(_ text: String) -> Bool { text.count >= 8 && text.uppercased().hasSuffix("-S") }

    /// Selects session `id` (its page when the index knows it) and shows it in the detail, fetched afresh.
    static func go(to id: String, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        state.sessions.scope = .page
        state.sessions.beforeJump = state.sessions.selectedID
        state.sessions.selectedID = id
        state.focus = .detail
        if !state.listRows().contains(where: { $0.sessionID == id }), let page = state.fleet.index.records[id]?.page(size: state.config.pageSize),
           page != state.sessions.page {
            state.sessions.filter = ""
            state.sessions.page = page
            effects += Reducer.fetch(.sessions, &state, force: true)
        }
        return effects + SessionDetail.show(id, &state, fetch: .forced)
    }

    /// `:page N`: the list turns to page N (1 to the last).
    static func page(_ argument: String, _ state: inout AppState, problem: inout String?) -> [Effect] {
        let last = state.sessions.pageCount
        guard let n = Int(argument), (1...last).contains(n) else {
            problem = "page needs a number from 1 to \(last): page N"
            return []
        }
        state.sessions.scope = .page
        state.focus = .sessions
        return turn(to: n, &state)
    }

    /// A jump found nothing (the API has no such session): the selection goes back to where it was.
    static func jumpFailed(_ state: inout AppState) -> [Effect] {
        let rows = state.listRows()
        let back = state.sessions.beforeJump.flatMap { id in rows.contains { $0.sessionID == id } ? id : nil } ?? rows.first?.sessionID
        state.sessions.beforeJump = nil
        state.sessions.selectedID = back
        state.focus = .sessions
        guard let back else { return SessionDetail.clear(&state) }
        return SessionDetail.show(back, &state, fetch: .settle)
    }
}
