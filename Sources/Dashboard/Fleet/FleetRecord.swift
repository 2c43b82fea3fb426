import EdgegapAPI
import Foundation

/// One session as the fleet index keeps it: what the API said of it last, slimmed (no webhook URL, no port links),
/// with where in the list it was (its position in the API's order) and when and in which sweep it was last seen.
public struct FleetRecord: Sendable, Equatable {
    public var session: RelaySession
    /// Its position in the API's order when last seen, from 0 (pages shift: a hint, not an address).
    public var ordinal: Int
    public var lastSeen: Date
    /// The sweep it was last seen in.
    public var sweep: Int

    public init(_ session: RelaySession, ordinal: Int, lastSeen: Date, sweep: Int) {
        self.session = Self.slim(session)
        self.ordinal = ordinal
        self.lastSeen = lastSeen
        self.sweep = sweep
    }

    /// The page it was on in a list of `pageSize` sessions a page (from 1).
    public func page(size pageSize: Int) -> Int { ordinal / max(1, pageSize) + 1 }

    /// The fields the index searches, counts and lists; the detail pane fetches the rest when it opens a session.
    static func slim(_ s: RelaySession) -> RelaySession {
        var s = s
        s.webhookURL = nil
        if var relay = s.relay, var ports = relay.ports {
            ports.server = ports.server.map { RelayPort(port: $0.port) }
            ports.client = ports.client.map { RelayPort(port: $0.port) }
            relay.ports = ports
            s.relay = relay
        }
        return s
    }
}

/// How the last completed sweep went.
public struct CompletedSweep: Sendable, Equatable {
    public var number: Int
    /// The sweep saw every session exactly once: no duplicate, as many as the API's total, the total unchanged
    /// from its first page to its last. A sweep that saw the fleet shift still updates records, but its counts
    /// are shown as approximate.
    public var census: Bool
    public var startedAt: Date
    public var finishedAt: Date
    /// Distinct sessions the sweep saw.
    public var seen: Int
}
