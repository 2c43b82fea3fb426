import Dashboard
import DashboardRuntime
import EdgegapAPI
import FoundationEssentials
import Logging
import RelayDeckApp
import Synchronization

/// `:profile NAME` in the dashboard: resolves another profile of the config file and builds its API side.
final class ProfileSwitch: ProfileOpening {
    /// The command line's flags; the profile name is replaced, `--read-only` still applies.
    let flags: ProfileOverrides
    let pageSize: Int
    let stuckAfter: Double
    let longLivedAfter: Double
    /// Clients made by switches, shut down at exit.
    private let clients = Mutex<[EdgegapClient]>([])

    init(flags: ProfileOverrides, pageSize: Int, stuckAfter: Double, longLivedAfter: Double) {
        self.longLivedAfter = longLivedAfter
        self.flags = flags
        self.pageSize = pageSize
        self.stuckAfter = stuckAfter
    }

    /// The API, audit log and settings of profile `name`; throws the configuration problem.
    func open(_ name: String) throws -> ProfileConnection {
        var o = flags
        o.profile = name
        // The URL and key file given on the command line belonged to the first profile.
        o.apiURL = nil
        o.apiKeyFile = nil
        let profile: ResolvedProfile
        do { profile = try ProfileResolver().resolve(o) } catch let e as ConfigError where e.keyPath == "profiles" {
            // On the message line the profiles there are come first; the file last, its home folder as `~`.
            throw EffectFailure("\(e.problem) (in \(ShortPath.of(e.file, home: ProcessInfo.processInfo.environment["HOME"])))")
        }
        let loaded = try KeyLoader().load(profile.keySource)
        let client = EdgegapClient(baseURL: profile.apiURL, apiKey: loaded.key,
                                   options: DashboardLaunch.pollingOptions(timeout: profile.timeout),
                                   logger: Logger(label: "relaydeck.client"))
        clients.withLock { $0.append(client) }
        let audit = try? AuditLog(path: RelayDeckPaths().auditFile, profile: profile.name)
        let config = DashboardConfig(environment: profile.name, apiHost: profile.apiHost, refresh: profile.refresh,
                                     pageSize: pageSize, sessionStuckAfter: stuckAfter, readOnly: profile.readOnly,
                                     production: profile.production, zone: .local, crawlRate: profile.crawlRate,
                                     longLivedAfter: longLivedAfter,
                                     keySource: profile.keySource.checkHint(home: ProcessInfo.processInfo.environment["HOME"]))
        var withAlerts = config
        withAlerts.notify = profile.notify
        withAlerts.alertKinds = profile.alertKinds
        withAlerts.operatorName = DashboardLaunch.operatorName
        withAlerts.keymap = profile.keymap
        return ProfileConnection(api: client, audit: audit, config: withAlerts)
    }

    /// Shuts down every client a switch made.
    func shutdown() async {
        for c in clients.withLock({ $0 }) { await c.shutdown() }
    }
}
