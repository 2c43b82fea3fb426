import EdgegapAPI
import FoundationEssentials

extension SessionListState {
    /// The loaded page after the filter and the sort: what the list shows and navigates.
    public func visibleRows() -> [RelaySession] {
        guard let all = feed.value?.sessions else { return [] }
        return sorted(filter.isEmpty ? all : all.filter { Self.matches($0, filter) })
    }

    /// `rows` in the list's sort.
    func sorted(_ rows: [RelaySession]) -> [RelaySession] {
        var rows = rows
        switch sort.key {
        case .apiOrder: break
        case .id: rows.sort { $0.sessionID < $1.sessionID }
        case .status: rows.sort { ($0.status, $0.sessionID) < ($1.status, $1.sessionID) }
        case .users: rows.sort { ($0.sessionUsers.count, $0.sessionID) < ($1.sessionUsers.count, $1.sessionID) }
        case .host: rows.sort { ($0.relay?.host ?? "", $0.sessionID) < ($1.relay?.host ?? "", $1.sessionID) }
        case .age:
            let seen = firstSeen
            rows.sort { (seen[$0.sessionID] ?? .distantFuture, $0.sessionID) < (seen[$1.sessionID] ?? .distantFuture, $1.sessionID) }
        }
        if sort.descending { rows.reverse() }
        return rows
    }

    /// The filter's match: the fleet search's, over the loaded page.
    static func matches(_ s: RelaySession, _ filter: String) -> Bool { FleetSearch(filter).matches(s) }

    /// The index of the selected row in `rows`; nil when the selection is not among them (a session jumped to or
    /// created here that is on another page: the detail shows it, no row is highlighted).
    public func selectedIndex(in rows: [RelaySession]) -> Int? {
        guard let id = selectedID else { return nil }
        return rows.firstIndex { $0.sessionID == id }
    }

    /// The selected session among `rows` (never another row in its place).
    public func selected(in rows: [RelaySession]) -> RelaySession? {
        selectedIndex(in: rows).map { rows[$0] }
    }

    /// Pages in all (at least 1).
    public var pageCount: Int { max(1, feed.value?.pagination.paginator.numPages ?? 1) }
}

extension AppState {
    /// True while the list's filter searches the whole fleet (the crawl runs and the page is listed).
    public var searchesFleet: Bool {
        !screen.sessions.filter.isEmpty && screen.config.crawlRate > 0 && screen.sessions.scope == .page
            && !model.fleet.index.records.isEmpty
    }

    /// What the list shows and navigates: the page filtered and sorted, or the fleet search's results (fresh from
    /// the page for the sessions on it) in the list's sort.
    public func listRows() -> [RelaySession] {
        guard searchesFleet else { return screen.sessions.visibleRows() }
        let onPage = Dictionary((screen.sessions.feed.value?.sessions ?? []).map { ($0.sessionID, $0) }, uniquingKeysWith: { a, _ in a })
        let results = model.fleet.results.sessions
        let rows = onPage.isEmpty ? results : results.map { onPage[$0.sessionID] ?? $0 }
        return screen.sessions.sort.key == .apiOrder && !screen.sessions.sort.descending ? rows : screen.sessions.sorted(rows)
    }

    /// The page a listed session is on: the current one for the page's sessions, else the index's word.
    public func page(of id: String) -> Int? {
        if screen.sessions.feed.value?.sessions.contains(where: { $0.sessionID == id }) == true { return screen.sessions.page }
        return model.fleet.index.records[id]?.page(size: screen.config.pageSize)
    }
}
