import ArgumentParser
import Dashboard
import DashboardRuntime
import FoundationEssentials
import Logging
import RelayDeckApp
import RelayDeckExporter

/// `relaydeck exporter`: one process crawls, Prometheus scrapes it, the team shares its census.
struct ExporterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exporter",
        abstract: "Serve the fleet's census and the API's health to Prometheus (GET /metrics).",
        discussion: """
            Runs the dashboard's polling model (the fleet crawl within --crawl-rate, the lobbies, the API's health) \
            without a screen, and serves what it knows in Prometheus's text format: edgegap_relay_sessions{state}, \
            edgegap_relay_session_users, edgegap_lobbies{status}, relaydeck_api_up, \
            relaydeck_census_last_success_timestamp_seconds, relaydeck_api_requests_total{endpoint,code}, \
            relaydeck_api_request_duration_seconds, relaydeck_events_total{kind}. A scrape reads the cached census: it \
            sends nothing to the API. One exporter for a team instead of a crawl per operator. Ends on SIGINT, SIGTERM \
            or SIGHUP (exit 0). \(ScriptExit.helpText)
            """)

    @ParentCommand var root: RelayDeck
    @Option(help: ArgumentHelp("Address to serve /metrics on (HOST:PORT; [::1]:9464 for IPv6; port 0 picks one).", valueName: "HOST:PORT"))
    var listen = "127.0.0.1:9464"

    func validate() throws {
        guard Self.split(listen) != nil else { throw ValidationError("--listen wants HOST:PORT, e.g. 127.0.0.1:9464") }
    }

    /// `HOST:PORT` (the host of `[::1]:9464` without brackets).
    static func split(_ s: String) -> (host: String, port: Int)? {
        guard let colon = s.lastIndex(of: ":"), let port = Int(s[s.index(after: colon)...]), (0...65_535).contains(port) else { return nil }
        var host = String(s[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.isEmpty ? nil : (host, port)
    }

    func run() async throws {
        let launch = try ModelLaunch(root, front: .exporter)
        let metrics = ExporterMetrics()
        let (host, port) = Self.split(listen)!
        let server: ExporterServer
        do {
            server = try await ExporterServer.start(host: host, port: port, metrics: metrics, logger: Logger(label: "relaydeck.exporter"))
        } catch {
            Stdio.err("relaydeck: \(error)\n")
            throw ExitCode(ScriptExit.usage.rawValue)
        }
        // The first line says where it serves (port 0 picks one), as the emulator's does.
        Stdio.out("http://\(server.address)/metrics\n")
        let model = ModelProgram(config: launch.config, api: launch.client,
                                 services: RuntimeServices(observer: metrics, requests: metrics))
        await launch.run(model) { action, state in
            // The census changes with the crawl's recounts, the lobby list and the API's health.
            switch action {
            case .loaded, .probed, .timerFired: metrics.publish(state.census)
            default: break
            }
            return true
        }
        await server.stop()
    }
}
