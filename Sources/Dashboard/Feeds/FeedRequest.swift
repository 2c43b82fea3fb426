import FoundationEssentials

/// The request bookkeeping of one feed: never drawn, so starting a poll or an answer that changes nothing
/// on screen costs no frame.
public struct FeedRequest: Sendable, Equatable {
    /// Bumped on every request; an answer carrying an older number is dropped.
    public var generation = 0
    /// True while a request is out (at most one a feed).
    public var inFlight = false
    /// When the request now out was sent.
    public var sentAt: Date?
    /// When the last good answer arrived (staleness is measured from here).
    public var answeredAt: Date?
    /// Consecutive failures (drives backoff).
    public var failures = 0
    /// Requests abandoned in a row for taking too long (each doubles the patience for the next).
    public var abandoned = 0
    /// Retried ahead of its backoff (or its patience) on the outage probe's word; cleared by the next success. If
    /// that retry fails or stalls too, the trouble is this endpoint's own and the feed waits out its backoff
    /// (unless the probe sees the API go down and come back).
    public var retriedEarly = false

    public init() {}

    /// Marks a request as sent at `now` and returns its generation.
    public mutating func begin(at now: Date) -> Int {
        generation += 1
        inFlight = true
        sentAt = now
        return generation
    }

    /// The bookkeeping of a feed that now asks for something else: nothing out, no failures, no answer yet, and a
    /// generation no answer to the old question carries.
    public func restarted() -> FeedRequest {
        var r = FeedRequest()
        r.generation = generation + 1
        return r
    }

    /// Records a good answer.
    public mutating func succeeded(at now: Date) {
        inFlight = false
        answeredAt = now
        failures = 0
        abandoned = 0
        retriedEarly = false
    }

    /// Records a failed answer.
    public mutating func failed() {
        inFlight = false
        failures += 1
    }
}

/// Every feed's bookkeeping and the outage probe: the part of the state no view reads.
public struct Bookkeeping: Sendable, Equatable {
    private var feeds: [FeedID: FeedRequest] = [:]
    /// The outage probe.
    public var probe = Probe()
    /// When first-seen times were last handed to the runner to save.
    public var firstSeenSavedAt: Date?

    public init() {}

    /// The bookkeeping of `id`.
    public subscript(_ id: FeedID) -> FeedRequest {
        get { feeds[id] ?? FeedRequest() }
        set { feeds[id] = newValue }
    }

    /// The same bookkeeping with every request dropped: answers to anything sent before are not taken
    /// (a profile switch starts afresh without mistaking an old answer for a new one).
    public func droppingEverything() -> Bookkeeping {
        var next = Bookkeeping()
        for id in FeedID.allCases { next[id] = self[id].restarted() }
        next.probe.generation = probe.generation + 1
        return next
    }
}
