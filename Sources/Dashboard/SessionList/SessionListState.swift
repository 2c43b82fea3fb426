import EdgegapAPI
import Foundation

/// The session list pane: the page being polled, the selection, the filter and the sort.
public struct SessionListState: Sendable, Equatable {
    /// Page asked for, from 1.
    public var page = 1
    public var feed = Feed<SessionPage>()
    /// When the page shown arrived (the header's "updated" clock).
    public var updatedAt: Date?
    /// The selected session id; kept across refreshes.
    public var selectedID: String?
    /// Incremental filter over the loaded page (empty: none).
    public var filter = ""
    public var sort = SessionSort()
    /// When each session id was first seen by this dashboard (the API has no creation time).
    public var firstSeen: [String: Date] = [:]

    public init() {}
}
