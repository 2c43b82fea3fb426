import EdgegapAPI

/// A fleet search result as exported and as `sessions find --json` prints it: the page it is on and the session.
public struct FleetHit: Sendable, Equatable, Encodable {
    /// The page it was on, at the list's page size.
    public var page: Int
    public var session: RelaySession

    public init(page: Int, session: RelaySession) {
        self.page = page
        self.session = session
    }
}
