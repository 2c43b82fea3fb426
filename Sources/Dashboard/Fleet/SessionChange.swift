import EdgegapAPI

/// What changed in one session between two crawl pages that showed it: the transitions events are made of.
public struct SessionChange: Sendable, Equatable {
    public var id: String
    /// It became usable (the ready flag and a relay).
    public var ready = false
    public var linked = false
    /// It gained an error (the error's text).
    public var failed: String?
    /// User IPs that joined and left.
    public var joined: [String] = []
    public var left: [String] = []

    /// The change from `old` (and its users) to `new`; nil when nothing an event is made of changed.
    init?(id: String, old: FleetRecord, oldUsers: [String], new s: RelaySession) {
        self.id = id
        ready = !old.isUsable && s.isUsable
        linked = !old.linked && s.linked
        if old.error == nil, let e = s.error { failed = e }
        let now = s.sessionUsers.map(\.ipAddress)
        if now != oldUsers {
            var before = oldUsers
            for ip in now {
                if let i = before.firstIndex(of: ip) { before.remove(at: i) } else { joined.append(ip) }
            }
            left = before
        }
        if !ready && !linked && failed == nil && joined.isEmpty && left.isEmpty { return nil }
    }
}
