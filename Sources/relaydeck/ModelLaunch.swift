import ArgumentParser
import Dashboard
import DashboardRuntime
import EdgegapAPI
import FoundationEssentials
import Logging
import RelayDeckApp
import UnixSignals

/// What the headless front ends share: the profile, the key and the client as the other commands build them, the
/// model's settings, and running it until SIGINT, SIGTERM or SIGHUP (exit 0).
struct ModelLaunch {
    let profile: ResolvedProfile
    let client: EdgegapClient
    var config: DashboardConfig

    /// Resolves the profile and loads the key (exit 2 on a configuration problem, as every command); logs go to the
    /// log file, as the dashboard's (standard output is the front end's).
    init(_ root: RelayDeck, front: Front) throws {
        FileLogHandler.bootstrap(level: root.logLevel)
        profile = try root.resolvedProfile()
        let loaded: KeyLoader.Loaded
        do { loaded = try KeyLoader().load(profile.keySource) } catch { throw RelayDeck.configurationFailure(error) }
        RelayDeck.warn(profile.warnings + loaded.warnings)
        client = EdgegapClient(baseURL: profile.apiURL, apiKey: loaded.key,
                               options: DashboardLaunch.pollingOptions(timeout: profile.timeout),
                               logger: Logger(label: "relaydeck.client") { _ in SwiftLogNoOpLogHandler() })
        config = DashboardConfig(environment: profile.name, apiHost: profile.apiHost, refresh: profile.refresh,
                                 pageSize: root.pageSize ?? 50, sessionStuckAfter: root.stuckAfter, zone: .local, crawlRate: profile.crawlRate,
                                 longLivedAfter: root.longLived * 3600,
                                 keySource: profile.keySource.checkHint(home: ProcessInfo.processInfo.environment["HOME"]))
        config.front = front
        config.alertKinds = profile.alertKinds
        config.operatorName = DashboardLaunch.operatorName
    }

    /// Runs `model` until a signal ends it; the client is shut down after.
    func run(_ model: ModelProgram, _ observe: @escaping (Action, AppState) -> Bool = { _, _ in true }) async {
        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm, .sighup)
        let stopper = Task {
            for await signal in signals {
                model.stop(signal == .sighup ? .hangup : signal == .sigterm ? .terminated : .interrupted)
                return
            }
        }
        _ = await model.run(observe)
        stopper.cancel()
        await client.shutdown()
    }
}
