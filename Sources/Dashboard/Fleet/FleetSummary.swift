import EdgegapAPI
import FoundationEssentials

/// The fleet at a glance, each session counted once, in its `SessionHealth` state, over the whole index.
public struct FleetSummary: Sendable, Equatable {
    public var total = 0
    public var ready = 0
    public var initializing = 0
    public var failed = 0
    public var stuck = 0
    /// Initializing sessions that may be stuck: their age is only a lower bound still under `--stuck-after`.
    public var stuckUnknown = 0
    /// Users of all the sessions counted.
    public var users = 0
    /// The counts come from a census (see `CompletedSweep.census`); otherwise they are approximate.
    public var census = false

    public init() {}

    /// The count of one state.
    public subscript(state: SessionHealth.State) -> Int {
        switch state {
        case .ready: ready
        case .initializing: initializing
        case .failed: failed
        case .stuck: stuck
        }
    }

    /// Counts `health` once.
    public mutating func add(_ health: SessionHealth) {
        total += 1
        switch health.state {
        case .ready: ready += 1
        case .initializing: initializing += 1
        case .failed: failed += 1
        case .stuck: stuck += 1
        }
        if health.stuckUnknown { stuckUnknown += 1 }
    }

    /// Counts `index` at `now`.
    init(_ index: FleetIndex, config: DashboardConfig, now: Date) {
        var summary = FleetSummary()
        index.scanLive { _, r in
            summary.add(SessionHealth.of(r, now: now, config: config))
            summary.users += Int(r.pointee.userCount)
            return true
        }
        self = summary
        census = index.completed?.census ?? false
    }
}
