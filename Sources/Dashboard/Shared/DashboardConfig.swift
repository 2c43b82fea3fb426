import Foundation

/// Settings the dashboard runs with (from flags and, later, profiles).
public struct DashboardConfig: Sendable, Equatable {
    /// Profile or environment name shown in the header (`DEMO` in demo mode).
    public var environment: String
    /// The API host shown in the header (never the key).
    public var apiHost: String
    /// Poll interval in seconds (minimum 0.5).
    public var refresh: Double
    /// Sessions asked for a page.
    public var pageSize: Int
    /// A session not ready after this many seconds is marked stuck.
    public var sessionStuckAfter: Double
    /// A deploying lobby without a url after this many seconds is marked stuck.
    public var lobbyStuckAfter: Double
    /// Mutating keys are hidden and refused.
    public var readOnly: Bool
    /// A production profile: shown in the danger colour, destructive actions need the target typed.
    public var production: Bool
    /// Longest backoff after errors, in seconds.
    public var maxBackoff: Double
    /// Zone for clock times in the header.
    public var timeZone: TimeZone
    /// The fleet crawl's budget in requests a second (0: no crawl, the dashboard sees the page only).
    public var crawlRate: Double
    /// A session open longer than this many seconds is listed in the problems view (it bills while open).
    public var longLivedAfter: Double
    /// Where the key was read from, in words a user can act on (`STAGING_KEY`, `~/.config/relaydeck/prod.key`);
    /// nil when there is nothing to fix (the demo's own key). Never the key.
    public var keySource: String?

    /// The default crawl budget (see docs/DECISIONS.md).
    public static let defaultCrawlRate: Double = 5
    /// The default `--long-lived`, in hours.
    public static let defaultLongLivedHours: Double = 4

    public init(environment: String = "DEMO", apiHost: String = "127.0.0.1", refresh: Double = 2, pageSize: Int = 50,
                sessionStuckAfter: Double = 60, lobbyStuckAfter: Double = 120, readOnly: Bool = false,
                production: Bool = false, maxBackoff: Double = 30, timeZone: TimeZone = .current,
                crawlRate: Double = DashboardConfig.defaultCrawlRate,
                longLivedAfter: Double = DashboardConfig.defaultLongLivedHours * 3600, keySource: String? = nil) {
        self.environment = environment
        self.apiHost = apiHost
        self.refresh = max(0.5, refresh)
        self.pageSize = max(1, min(100, pageSize))
        self.sessionStuckAfter = sessionStuckAfter
        self.lobbyStuckAfter = lobbyStuckAfter
        self.readOnly = readOnly
        self.production = production
        self.maxBackoff = maxBackoff
        self.timeZone = timeZone
        self.crawlRate = max(0, crawlRate)
        self.longLivedAfter = longLivedAfter
        self.keySource = keySource
    }
}
