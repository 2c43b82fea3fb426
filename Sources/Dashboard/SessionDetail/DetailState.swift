import EdgegapAPI

/// The detail pane: which session it shows and its own feed.
public struct DetailState: Sendable, Equatable {
    /// The session shown (the list selection, a jump target, a session just created).
    public var sessionID: String?
    public var feed = Feed<RelaySession>()
    /// The selected user row (for revoke).
    public var selectedUser = 0
    /// True once the API said the session is gone.
    public var gone = false
    /// True while the session is on the loaded page: its data comes with each page (the list answers whole
    /// sessions), so the pane sends no requests of its own.
    public var ridesOnPage = false

    public init(sessionID: String? = nil) { self.sessionID = sessionID }
}
