import EdgegapAPI

/// The dashboard's feeds. Each polls one endpoint, keeps its last good answer through errors, backs off, and is
/// watched by the outage probe; all of that is one generic path (`Reducer+Feeds`). Adding a feed is a case here,
/// its query and its value below, and the feature code that takes its answers (`FeedID+Slices`).
public enum FeedID: String, Sendable, Hashable, CaseIterable {
    /// The session page shown in the list.
    case sessions
    /// The session the detail pane shows (rides on the page while the session is on it).
    case detail
    /// The lobby list.
    case lobbies
    /// The background crawl of every session page (the fleet index).
    case fleet

    /// How messages name the feed.
    var label: String {
        switch self {
        case .sessions: "sessions"
        case .detail: "session detail"
        case .lobbies: "lobbies"
        case .fleet: "fleet index"
        }
    }
}

/// What a feed asks the API for.
public enum FeedQuery: Sendable, Equatable {
    case sessionPage(page: Int, limit: Int)
    case session(id: String)
    case lobbies
    /// One page of the fleet crawl.
    case fleetPage(page: Int, limit: Int)

    /// The API endpoint it asks, as the exporter labels it.
    public var endpoint: String {
        switch self {
        case .sessionPage, .fleetPage: "sessions"
        case .session: "session"
        case .lobbies: "lobbies"
        }
    }

    /// The feed that asked.
    public var feed: FeedID {
        switch self {
        case .sessionPage: .sessions
        case .session: .detail
        case .lobbies: .lobbies
        case .fleetPage: .fleet
        }
    }
}

/// A feed's good answer.
public enum FeedValue: Sendable, Equatable {
    case sessionPage(SessionPage)
    case session(RelaySession)
    case lobbies([Lobby])
    /// The crawl's page (bytes per session, fingerprinted), with the page number it asked for.
    case fleetPage(ScannedSessionPage, page: Int)
    /// The crawl's page once the index read what it did not have (see `FleetIndex.prepare`).
    case preparedFleetPage(FleetIndex.PreparedPage, page: Int)
}

/// What a feed does when asked to fetch.
enum FetchPlan: Equatable {
    /// Nothing to ask for (no session to show, a session known to be gone).
    case nothing
    /// Another feed's answers carry this one's data (the detail on the session page): no request of its own.
    case covered
    case send(FeedQuery)
    /// Not now: ask again in this many seconds (the crawl, while the outage probe speaks for the API).
    case later(Double)
}
