import EdgegapAPI
import Foundation

extension SessionListState {
    /// The loaded page after the filter and the sort: what the list shows and navigates.
    public func visibleRows() -> [RelaySession] {
        guard let all = feed.value?.sessions else { return [] }
        var rows = filter.isEmpty ? all : all.filter { Self.matches($0, filter) }
        switch sort.key {
        case .apiOrder: break
        case .id: rows.sort { $0.sessionID < $1.sessionID }
        case .status: rows.sort { ($0.status, $0.sessionID) < ($1.status, $1.sessionID) }
        case .users: rows.sort { ($0.sessionUsers.count, $0.sessionID) < ($1.sessionUsers.count, $1.sessionID) }
        case .host: rows.sort { ($0.relay?.host ?? "", $0.sessionID) < ($1.relay?.host ?? "", $1.sessionID) }
        case .age:
            let seen = firstSeen
            rows.sort { (seen[$0.sessionID] ?? .distantFuture, $0.sessionID) < (seen[$1.sessionID] ?? .distantFuture, $1.sessionID) }
        }
        if sort.descending { rows.reverse() }
        return rows
    }

    /// Case-insensitive match of the filter against id, status, relay host and user IPs.
    static func matches(_ s: RelaySession, _ filter: String) -> Bool {
        let f = filter.lowercased()
        if s.sessionID.lowercased().contains(f) || s.status.lowercased().contains(f) { return true }
        if let h = s.relay?.host, h.lowercased().contains(f) { return true }
        if let e = s.error, e.lowercased().contains(f) { return true }
        return s.sessionUsers.contains { $0.ipAddress.contains(f) }
    }

    /// The index of the selected row in `rows`, or 0.
    public func selectedIndex(in rows: [RelaySession]) -> Int {
        guard let id = selectedID else { return 0 }
        return rows.firstIndex { $0.sessionID == id } ?? 0
    }

    /// The selected session among `rows`.
    public func selected(in rows: [RelaySession]) -> RelaySession? {
        guard !rows.isEmpty else { return nil }
        return rows[min(selectedIndex(in: rows), rows.count - 1)]
    }

    /// Pages in all (at least 1).
    public var pageCount: Int { max(1, feed.value?.pagination.paginator.numPages ?? 1) }
}

extension RelaySession {
    /// Not ready, not failed, and first seen longer ago than `after` seconds.
    public func isStuck(firstSeen: Date?, now: Date, after: Double) -> Bool {
        guard !ready, error == nil, let seen = firstSeen else { return false }
        return now.timeIntervalSince(seen) > after
    }
}
