import EdgegapAPI
import Foundation

/// The fleet at a glance, each session in one category as its row's mark (failed over ready over stuck over
/// initializing), counted over the whole index.
public struct FleetSummary: Sendable, Equatable {
    public var total = 0
    public var ready = 0
    public var initializing = 0
    public var failed = 0
    public var stuck = 0
    /// Open longer than `--long-lived` (they bill while open); counted besides their category.
    public var longLived = 0
    /// The counts come from a census (see `CompletedSweep.census`); otherwise they are approximate.
    public var census = false

    public init() {}

    /// Counts `index` at `now`.
    init(_ index: FleetIndex, firstSeen: [String: Date], config: DashboardConfig, now: Date) {
        for (id, r) in index.live {
            let seen = firstSeen[id]
            total += 1
            switch r.health(firstSeen: seen, now: now, stuckAfter: config.sessionStuckAfter) {
            case .ready: ready += 1
            case .failed: failed += 1
            case .stuck: stuck += 1
            case .initializing, .pending: initializing += 1
            }
            if let seen, now.timeIntervalSince(seen) > config.longLivedAfter { longLived += 1 }
        }
        census = index.completed?.census ?? false
    }
}
