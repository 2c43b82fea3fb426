import EdgegapAPI

/// The detail pane: which session it shows and its own feed.
public struct DetailState: Sendable, Equatable {
    /// The session shown (the list selection, a jump target, a session just created).
    public var sessionID: String?
    public var feed = Feed<RelaySession>()
    /// The selected user row (for revoke, and what `y` copies while no field has the cursor).
    public var selectedUser = 0
    /// The field above the users that has the cursor (`y` copies it), or nil while a user row has it.
    public var field: DetailField?
    /// True once the API said the session is gone.
    public var gone = false
    /// True while the session is on the loaded page: its data comes with each page (the list answers whole
    /// sessions), so the pane sends no requests of its own.
    public var ridesOnPage = false

    public init(sessionID: String? = nil) { self.sessionID = sessionID }
}
