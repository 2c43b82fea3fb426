import EdgegapAPI

/// Where the generic feed path hands over to the features: what each feed asks for, who takes its answers, and
/// what it does that the others do not. The one switch a new feed adds a case to.
extension FeedID {
    /// What a fetch of this feed sends now; `force` asks the API even when another feed covers it.
    func plan(_ state: inout AppState, force: Bool) -> FetchPlan {
        guard isLive(state) || self == .detail else { return .nothing }
        switch self {
        case .sessions: return .send(.sessionPage(page: state.sessions.page, limit: state.config.pageSize))
        case .lobbies: return .send(.lobbies)
        case .detail:
            guard let id = state.detail.sessionID, !state.detail.gone else { return .nothing }
            if !force && SessionDetail.rideOnPage(&state) { return .covered }
            return .send(.session(id: id))
        case .fleet: return Fleet.plan(state)
        }
    }

    /// True while the feed has something to watch (the detail pane shows a live session).
    func isLive(_ state: AppState) -> Bool {
        // The page and the detail are the dashboard's; `sessions find` wants the crawl alone.
        switch self {
        case .sessions: state.config.front == .dashboard
        case .lobbies: state.config.front != .find
        case .detail: state.config.front == .dashboard && state.detail.sessionID != nil && !state.detail.gone
        case .fleet: state.config.crawlRate > 0
        }
    }

    /// True when the feed polls by itself after a good answer: not when its feature already asked again (the
    /// page it was on is gone), nor the detail while it rides on the page.
    func pollsAfterAnswer(_ state: AppState) -> Bool {
        if state.book[self].inFlight { return false }
        switch self {
        case .sessions, .lobbies: return isLive(state)
        case .detail: return isLive(state) && !state.detail.ridesOnPage
        case .fleet: return false   // its pace is its own (`Fleet.next`)
        }
    }

    /// How old an answer may be before the feed is stale: two intervals, or for the crawl two of its rests.
    func staleAfter(_ config: DashboardConfig) -> Double {
        self == .fleet ? max(2 * config.refresh, 2 * Fleet.sweepEvery) : 2 * config.refresh
    }

    /// The drawn status of this feed.
    func status(_ state: AppState) -> FeedStatus {
        switch self {
        case .sessions: state.sessions.feed.status
        case .detail: state.detail.feed.status
        case .lobbies: state.lobbies.feed.status
        case .fleet: state.fleet.status
        }
    }

    func setStatus(_ status: FeedStatus, _ state: inout AppState) {
        switch self {
        case .sessions: state.sessions.feed.status = status
        case .detail: state.detail.feed.status = status
        case .lobbies: state.lobbies.feed.status = status
        case .fleet: state.fleet.status = status
        }
    }

    /// Hands a good answer to its feature.
    static func take(_ value: FeedValue, _ state: inout AppState) -> [Effect] {
        switch value {
        case .sessionPage(let page): SessionList.take(page, &state)
        case .session(let s): SessionDetail.take(s, &state)
        case .lobbies(let l): Lobbies.take(l, &state)
        case .preparedFleetPage(let p, let number): Fleet.take(p, page: number, &state)
        // Prepared on the way in (`Reducer.answered`); never taken raw.
        case .fleetPage: []
        }
    }

    /// A failure the feature handles itself (nil: the generic backoff applies).
    func handle(_ error: APIError, _ state: inout AppState) -> [Effect]? {
        switch (self, error) {
        case (.detail, .notFound): SessionDetail.gone(&state)
        case (.fleet, _): Fleet.failed(error, &state)
        default: nil
        }
    }
}
