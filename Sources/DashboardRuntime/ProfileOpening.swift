import Dashboard
import EdgegapAPI

/// Opens another configured profile: its API, its audit log and its settings.
public protocol ProfileOpening: Sendable {
    /// The connection to profile `name`; throws the configuration problem (unknown profile, unreadable key…).
    func open(_ name: String) throws -> ProfileConnection
}

/// What the runner talks to for one profile.
public struct ProfileConnection: Sendable {
    public var api: any P2PAPI
    public var audit: (any AuditRecording)?
    public var config: DashboardConfig

    public init(api: any P2PAPI, audit: (any AuditRecording)?, config: DashboardConfig) {
        self.api = api
        self.audit = audit
        self.config = config
    }
}
