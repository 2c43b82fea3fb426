import Dashboard
import EdgegapAPI
import Foundation

/// Test shorthands for the feeds' actions and effects, by feed, as the reducer tests read best.
extension Action {
    /// The session page's answer.
    public static func sessionsLoaded(generation: Int, page: Int, _ r: Result<SessionPage, APIError>, at: Date,
                                      limit: Int = 50) -> Action {
        .loaded(.sessionPage(page: page, limit: limit), generation: generation, r.map(FeedValue.sessionPage), at: at)
    }

    /// The detail's own answer.
    public static func sessionLoaded(generation: Int, id: String, _ r: Result<RelaySession, APIError>, at: Date) -> Action {
        .loaded(.session(id: id), generation: generation, r.map(FeedValue.session), at: at)
    }

    /// A fleet crawl page's answer.
    public static func fleetLoaded(generation: Int, page: Int, _ r: Result<SessionPage, APIError>, at: Date,
                                   limit: Int = 100) -> Action {
        .loaded(.fleetPage(page: page, limit: limit), generation: generation, r.map { .fleetPage(ScannedSessionPage(encoding: $0), page: page) }, at: at)
    }

    /// The lobby list's answer.
    public static func lobbiesLoaded(generation: Int, _ r: Result<[Lobby], APIError>, at: Date) -> Action {
        .loaded(.lobbies, generation: generation, r.map(FeedValue.lobbies), at: at)
    }
}

extension Effect {
    public static func fetchSessions(generation: Int, page: Int, limit: Int) -> Effect {
        .fetch(.sessionPage(page: page, limit: limit), generation: generation)
    }

    public static func fetchSession(generation: Int, id: String) -> Effect { .fetch(.session(id: id), generation: generation) }

    public static func fetchLobbies(generation: Int) -> Effect { .fetch(.lobbies, generation: generation) }

    public static func fetchFleet(generation: Int, page: Int, limit: Int = 100) -> Effect {
        .fetch(.fleetPage(page: page, limit: limit), generation: generation)
    }
}
