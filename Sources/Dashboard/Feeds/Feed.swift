import EdgegapAPI
import FoundationEssentials

/// What the screen shows of one feed: its last good value and how that value stands (error, countdown,
/// staleness). Request bookkeeping is kept apart, in `FeedRequest`: nothing here changes when a poll starts.
public struct Feed<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The last good value; kept through errors so the screen never goes blank.
    public var value: Value?
    public var status = FeedStatus()

    public init() {}

    /// The error of the last attempt, cleared by the next success.
    public var error: APIError? {
        get { status.error }
        set { status.error = newValue }
    }

    /// When the next automatic attempt is due after an error.
    public var retryAt: Date? { status.retryAt }

    /// When the shown value arrived, while it is stale (older than two intervals, or the last attempt failed).
    public var staleSince: Date? { status.staleSince }
}

/// How a feed's value stands, as drawn: the same for every feed, whatever its value.
public struct FeedStatus: Sendable, Equatable {
    /// The error of the last attempt, cleared by the next success.
    public var error: APIError?
    /// When the next automatic attempt is due after an error.
    public var retryAt: Date?
    /// The arrival time of the value shown, set only while it is stale (the reducer derives it from the
    /// bookkeeping's `answeredAt` and the clock); nil while fresh, so a fresh answer that changes nothing draws nothing.
    public var staleSince: Date?

    public init() {}

    /// True when the last attempt failed or the value is older than twice the poll interval.
    public var isStale: Bool { error != nil || staleSince != nil }
}
