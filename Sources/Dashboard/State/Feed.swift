import EdgegapAPI
import Foundation

/// What one poller knows: the last good value, when it came, the last error, and whether a request is out.
public struct Feed<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The last good value; kept through errors so the screen never goes blank.
    public var value: Value?
    /// When `value` arrived.
    public var updatedAt: Date?
    /// The error of the last attempt, cleared by the next success.
    public var error: APIError?
    /// Consecutive failures (drives backoff).
    public var failures = 0
    /// True while a request is out (at most one a feed).
    public var inFlight = false
    /// Bumped on every request; a result carrying an older number is dropped.
    public var generation = 0
    /// When the next automatic attempt is due after an error.
    public var retryAt: Date?
    /// When the request now out was sent.
    public var sentAt: Date?
    /// Requests abandoned in a row for taking too long (each doubles the patience for the next).
    public var abandoned = 0
    /// Retried ahead of its backoff (or its patience) on the outage probe's word; cleared by the next success. If
    /// that retry fails or stalls too, the trouble is this endpoint's own and the feed waits out its backoff
    /// (unless the probe sees the API go down and come back).
    public var retriedEarly = false

    public init() {}

    /// True when there is data older than twice the poll interval, or the last attempt failed.
    public func isStale(now: Date, interval: Double) -> Bool {
        guard let at = updatedAt else { return error != nil }
        return error != nil || now.timeIntervalSince(at) > 2 * interval
    }

    /// Marks a request as sent and returns its generation.
    public mutating func begin() -> Int {
        generation += 1
        inFlight = true
        return generation
    }

    /// Records a success.
    public mutating func succeed(_ v: Value, at: Date) {
        abandoned = 0
        retriedEarly = false
        value = v
        updatedAt = at
        error = nil
        failures = 0
        inFlight = false
        retryAt = nil
    }

    /// Records a failure; the value stays.
    public mutating func fail(_ e: APIError, retryAt: Date) {
        error = e
        failures += 1
        inFlight = false
        self.retryAt = retryAt
    }
}

extension Feed {
    /// The feed as the view sees it: request bookkeeping that draws nothing is zeroed.
    var drawn: Feed {
        var f = self
        f.generation = 0
        f.sentAt = nil
        f.abandoned = 0
        f.retriedEarly = false
        f.failures = 0
        // "loading" shows only while there is no value yet.
        if f.value != nil { f.inFlight = false }
        return f
    }
}
