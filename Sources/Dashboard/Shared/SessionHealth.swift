import EdgegapAPI
import FoundationEssentials

/// How a session stands: the one classification the list, the detail, the problems view, the header's counts, the
/// search results and help's legend use. Each session is in exactly one state, and this is which wins: failed (it
/// carries an error) over ready (the ready flag and a relay) over stuck (not ready `--stuck-after` seconds after it
/// was first seen) over initializing. Long-lived (open past `--long-lived` hours: it bills) is said on top of it.
public struct SessionHealth: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        case ready, initializing, failed, stuck
    }

    public var state: State
    /// Initializing, and its age is only a lower bound (it was there when this dashboard first looked) still under
    /// `--stuck-after`: whether it is stuck is not known yet. Known at `stuckKnownAt`.
    public var stuckUnknown: Bool
    /// When a `stuckUnknown` session will be known stuck or not.
    public var stuckKnownAt: Date?
    /// Open past `--long-lived` hours.
    public var longLived: Bool

    /// The classification from a session's fields and its first-seen time (nil: never seen, as for a session on no
    /// list yet).
    public static func of(usable: Bool, ready: Bool, failed: Bool, firstSeen: Date?, lowerBound: Bool, now: Date,
                          config: DashboardConfig) -> SessionHealth {
        let age = firstSeen.map { now.timeIntervalSince($0) }
        let longLived = (age ?? 0) > config.longLivedAfter
        if failed { return SessionHealth(state: .failed, stuckUnknown: false, stuckKnownAt: nil, longLived: longLived) }
        if usable { return SessionHealth(state: .ready, stuckUnknown: false, stuckKnownAt: nil, longLived: longLived) }
        if !ready, let age, age > config.sessionStuckAfter {
            return SessionHealth(state: .stuck, stuckUnknown: false, stuckKnownAt: nil, longLived: longLived)
        }
        let unknown = !ready && lowerBound && firstSeen != nil
        return SessionHealth(state: .initializing, stuckUnknown: unknown,
                             stuckKnownAt: unknown ? firstSeen.map { $0.addingTimeInterval(config.sessionStuckAfter) } : nil,
                             longLived: longLived)
    }

    /// A session as an answer gave it, with what this dashboard knows of its age.
    public static func of(_ s: RelaySession, firstSeen: FirstSeen.Record?, now: Date, config: DashboardConfig) -> SessionHealth {
        of(usable: s.isUsable, ready: s.ready, failed: s.error != nil, firstSeen: firstSeen?.at,
           lowerBound: firstSeen?.lowerBound ?? false, now: now, config: config)
    }

    /// A session as the fleet index keeps it.
    static func of(_ r: UnsafePointer<FleetRecord>, now: Date, config: DashboardConfig) -> SessionHealth {
        of(usable: r.pointee.isUsable, ready: r.pointee.ready, failed: r.pointee.error != nil, firstSeen: r.pointee.firstSeen,
           lowerBound: r.pointee.ageIsLowerBound, now: now, config: config)
    }
}

extension AppState {
    /// The health of session `s` as this dashboard knows it now.
    public func health(_ s: RelaySession) -> SessionHealth {
        SessionHealth.of(s, firstSeen: firstSeen(s.sessionID), now: now, config: screen.config)
    }
}
