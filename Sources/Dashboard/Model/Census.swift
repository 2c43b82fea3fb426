import FoundationEssentials

/// What the model knows of the fleet now, in the numbers the exporter serves: sessions by their health's state, their
/// users, lobbies by status, whether the API answers, when the last sweep completed. Computed from the crawl's index
/// (cached: nothing is fetched for it), with the same classification as every pane.
public struct Census: Sendable, Equatable {
    /// Sessions by state; empty until the first sweep is done (a partial count would be read as a fall).
    public var sessions: [SessionHealth.State: Int] = [:]
    public var users: Int?
    /// Lobbies by status as the API writes it (cleaned); a lobby that is gone is in no count.
    public var lobbies: [String: Int] = [:]
    public var apiUp = false
    /// When the last sweep of the fleet finished.
    public var lastCensus: Date?

    public init() {}
}

extension AppState {
    /// The census as it stands (see `Census`).
    public var census: Census {
        var c = Census()
        if let s = model.fleet.summary, model.fleet.index.completed != nil {
            for state in SessionHealth.State.allCases { c.sessions[state] = s[state] }
            c.users = s.users
        }
        for l in model.lobbies.feed.value ?? [] { c.lobbies[UntrustedText.clean(l.status, limit: 32), default: 0] += 1 }
        c.apiUp = model.health.up && model.health.lastSuccess != nil
        c.lastCensus = model.fleet.lastCensus
        return c
    }
}
