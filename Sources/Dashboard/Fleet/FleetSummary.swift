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
    /// The counts come from a census (see `CompletedSweep.census`); otherwise they are approximate.
    public var census = false

    public init() {}

    /// Counts `index` at `now`.
    init(_ index: FleetIndex, config: DashboardConfig, now: Date) {
        var (total, ready, initializing, failed, stuck) = (0, 0, 0, 0, 0)
        index.scanLive { _, r in
            total += 1
            if r.pointee.error != nil { failed += 1 } else if r.pointee.isUsable { ready += 1 }
            else if r.pointee.isStuck(now: now, after: config.sessionStuckAfter) { stuck += 1 }
            else { initializing += 1 }
            return true
        }
        (self.total, self.ready, self.initializing, self.failed, self.stuck) = (total, ready, initializing, failed, stuck)
        census = index.completed?.census ?? false
    }
}
