import EdgegapAPI
import FoundationEssentials

/// The session list pane: the page being polled, the selection, the filter and the sort.
public struct SessionListState: Sendable, Equatable {
    /// Page asked for, from 1.
    public var page = 1
    public var feed = Feed<SessionPage>()
    /// When the page shown arrived (the header's "updated" clock).
    public var updatedAt: Date?
    /// The selected session id; kept across refreshes. The detail pane shows it. It may be a session that is not
    /// on the page (a jump, a session created here): then no row is highlighted.
    public var selectedID: String?
    /// The selected row's neighbour when it left the page (`Neighbour`: it takes over if the row turns out gone before
    /// the next page answer), and at which answer it left.
    public var leftFor: String?
    public var leftAtAnswer = 0
    /// Page answers taken so far.
    public var pageAnswers = 0
    /// The selection before the last jump (it comes back when the jump finds nothing).
    public var beforeJump: String?
    /// The page the loaded answer is of (a page answer for another page is paging, not churn).
    public var loadedPage: Int?
    /// Incremental filter over the loaded page (empty: none).
    public var filter = ""
    public var sort = SessionSort()
    /// When each session id was first seen by this dashboard (the API has no creation time), kept across restarts;
    /// and which of those are only a lower bound of the age: sessions there when their page was first looked at
    /// (shown as `≥ 12m`). A session that appears on a page already watched has a time within one poll of its creation.
    public var firstSeen = FirstSeenTimes() { didSet { agesRevision &+= 1 } }
    /// Bumped on every change to the above (up to 150,000 entries with the fleet index): what the copy of the screen
    /// kept for frame comparison holds instead of it (see `AppState.drawn`).
    public private(set) var agesRevision = 0
    /// Pages answered at least once since the dashboard started.
    public var pagesSeen: Set<Int> = []
    /// What the pane lists: the page (or, with a filter and the crawl on, the fleet search), or the problems view.
    public var scope: ListScope = .page
    /// The problems view's selected row.
    public var problemSelection: ProblemRow.Target?

    public init() {}

    /// The same state without the first-seen collections, comparing equal to this one while they are unchanged.
    func withoutAges() -> SessionListState {
        var s = self
        let revision = agesRevision
        s.firstSeen = FirstSeenTimes()
        s.agesRevision = revision
        return s
    }
}

/// What the session pane lists.
public enum ListScope: Sendable, Equatable {
    /// The page polled, or the fleet search while the filter is set and the crawl runs.
    case page
    /// Every problem in the fleet (`:problems`, `P`).
    case problems
    /// The timeline of events (`:events`, `!`).
    case timeline
}
