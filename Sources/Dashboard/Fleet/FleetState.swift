import EdgegapAPI
import FoundationEssentials

/// The fleet watch: the index the background crawl keeps, its feed status, and what is derived from it for the
/// screen (counts, problems, search results), recomputed as the crawl goes rather than on every frame.
public struct FleetState: Sendable, Equatable {
    public var index = FleetIndex()
    public var status = FeedStatus()
    /// Counts over the index; nil before the first answer.
    public var summary: FleetSummary?
    /// The problems view's rows (at most `Problems.shownLimit`) and the count of each kind.
    public var problems: [ProblemRow] = []
    public var problemCounts: [ProblemRow.Kind: Int] = [:]
    /// The fleet search the list shows while its filter is set: the query, the ids listed, how many matched.
    public var results = SearchResults()
    /// The crawl's pace over its budget after 429s: 1 is the full budget, 2 half of it (doubling per 429).
    public var slowdown: Double = 1
    /// Good pages since the last slow-down (every `Fleet.speedUpAfter` of them halves `slowdown`).
    var goodPages = 0
    /// When the last sweep of the fleet finished (the exporter's `relaydeck_census_last_success_timestamp_seconds`).
    public var lastCensus: Date?

    public init() {}
}

/// A fleet search's answer as listed.
public struct SearchResults: Sendable, Equatable {
    public var query = ""
    public var ids: [String] = []
    /// The index's copies of the hits, in `ids`' order: built once a search, not on every key and frame that lists them.
    public var sessions: [RelaySession] = []
    public var matched = 0
    /// False when the search stopped at the listing limit: more match than `matched`.
    public var complete = true
    /// The index revision it was computed on.
    var revision = -1

    public init() {}

    init(query: String, ids: [String], sessions: [RelaySession], matched: Int, complete: Bool, revision: Int) {
        self.query = query
        self.ids = ids
        self.sessions = sessions
        self.matched = matched
        self.complete = complete
        self.revision = revision
    }

    /// `sessions` follow from the ids and the revision: not compared again.
    public static func == (a: SearchResults, b: SearchResults) -> Bool {
        a.query == b.query && a.revision == b.revision && a.matched == b.matched && a.complete == b.complete && a.ids == b.ids
    }
}
