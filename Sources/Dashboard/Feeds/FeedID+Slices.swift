import EdgegapAPI

/// Where the generic feed path hands over to the features: what each feed asks for, who takes its answers, and
/// what it does that the others do not. The one switch a new feed adds a case to.
extension FeedID {
    /// What a fetch of this feed sends now; `force` asks the API even when another feed covers it.
    func plan(_ state: inout AppState, force: Bool) -> FetchPlan {
        switch self {
        case .sessions: return .send(.sessionPage(page: state.sessions.page, limit: state.config.pageSize))
        case .lobbies: return .send(.lobbies)
        case .detail:
            guard let id = state.detail.sessionID, !state.detail.gone else { return .nothing }
            if !force && SessionDetail.rideOnPage(&state) { return .covered }
            return .send(.session(id: id))
        }
    }

    /// True while the feed has something to watch (the detail pane shows a live session).
    func isLive(_ state: AppState) -> Bool {
        switch self {
        case .sessions, .lobbies: true
        case .detail: state.detail.sessionID != nil && !state.detail.gone
        }
    }

    /// True when the feed polls by itself after a good answer: not when its feature already asked again (the
    /// page it was on is gone), nor the detail while it rides on the page.
    func pollsAfterAnswer(_ state: AppState) -> Bool {
        if state.book[self].inFlight { return false }
        switch self {
        case .sessions, .lobbies: return true
        case .detail: return isLive(state) && !state.detail.ridesOnPage
        }
    }

    /// The drawn status of this feed.
    func status(_ state: AppState) -> FeedStatus {
        switch self {
        case .sessions: state.sessions.feed.status
        case .detail: state.detail.feed.status
        case .lobbies: state.lobbies.feed.status
        }
    }

    func setStatus(_ status: FeedStatus, _ state: inout AppState) {
        switch self {
        case .sessions: state.sessions.feed.status = status
        case .detail: state.detail.feed.status = status
        case .lobbies: state.lobbies.feed.status = status
        }
    }

    /// Hands a good answer to its feature.
    static func take(_ value: FeedValue, _ state: inout AppState) -> [Effect] {
        switch value {
        case .sessionPage(let page): SessionList.take(page, &state)
        case .session(let s): SessionDetail.take(s, &state)
        case .lobbies(let l): Lobbies.take(l, &state)
        }
    }

    /// A failure the feature handles itself (nil: the generic backoff applies).
    func handle(_ error: APIError, _ state: inout AppState) -> [Effect]? {
        switch (self, error) {
        case (.detail, .notFound): SessionDetail.gone(&state)
        default: nil
        }
    }
}
