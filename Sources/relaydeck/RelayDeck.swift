import ArgumentParser
import CursesBackend
import Dashboard
import EdgegapAPI
import EdgegapEmulator
import FoundationEssentials
import Glibc
import Logging
import RelayDeckApp
import TerminalUI

struct RelayDeck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relaydeck",
        abstract: "A terminal dashboard for Edgegap relay sessions and lobbies.",
        discussion: """
            No account needed: relaydeck --demo. Real API: EDGEGAP_API_KEY=… or a profile in \
            $XDG_CONFIG_HOME/relaydeck/config.yaml (flags win over it). ? in the dashboard lists the keys.
            """,
        version: RelayDeckVersion.current,
        subcommands: [SessionsCommand.self, LobbiesCommand.self, WatchCommand.self, ExporterCommand.self, InfoCommand.self,
                      EmulatorCommand.self, KeysCommand.self, EngineDemoCommand.self]
    )

    @Flag(help: "Run on the built-in emulator (no key needed).")
    var demo = false

    @Option(help: "Profile of config.yaml to use.")
    var profile: String?

    @Option(help: "File with the API key on its first line.")
    var apiKeyFile: String?

    @Option(help: "API base URL.")
    var apiURL: String?

    @Option(help: "Seconds between polls (≥ 0.5).")
    var refresh: Double?

    @Option(help: "Seconds a request may take (≥ 1; default: 3 polls, at least 10).")
    var timeout: Double?

    @Option(help: "Log level of relaydeck.log: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    @Option(help: "Sessions a page (1-100; default: the last one used on the profile, else 50).")
    var pageSize: Int?

    @Option(help: "Colour (NO_COLOR is honoured).")
    var color: ColorMode = .auto

    @Option(help: "y copies through OSC 52.")
    var clipboard: Switch = .on

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Flag(inversion: .prefixedNo, help: "Mouse reports: click selects, double-click opens, the wheel scrolls (text selection then needs Shift-drag; M toggles it).")
    var mouse: Bool?

    @Option(help: "Theme name or YAML file.")
    var theme: String?

    @Option(help: ArgumentHelp("Where alerts go beyond the screen: bell, osc9, osc777, title (comma-separated; none: only the badge).",
                               valueName: "CHANNELS"))
    var notify: NotifyChannels?

    @Flag(help: "Refuse every mutation.")
    var readOnly = false

    @Option(help: "Seconds until a not-ready session is stuck.")
    var stuckAfter = 60.0

    @Option(help: ArgumentHelp("Fleet index crawl budget, requests a second (0: off, page only).", valueName: "N"))
    var crawlRate: Double?

    @Option(help: ArgumentHelp("Hours after which an open session is listed as long-lived.", valueName: "HOURS"))
    var longLived = DashboardConfig.defaultLongLivedHours

    @Option(help: "Sessions in the demo population.")
    var demoSessions = 320

    func validate() throws {
        guard (refresh ?? 2) >= 0.5 else { throw ValidationError("--refresh must be at least 0.5 seconds.") }
        guard (timeout ?? 1) >= 1 else { throw ValidationError("--timeout must be at least 1 second.") }
        if let r = crawlRate, !(0...ResolvedProfile.Defaults.maxCrawlRate).contains(r) {
            throw ValidationError("--crawl-rate must be within 0...\(Int(ResolvedProfile.Defaults.maxCrawlRate)) requests a second (0 turns the crawl off).")
        }
        guard longLived > 0 else { throw ValidationError("--long-lived must be more than 0 hours.") }
        guard (1...100).contains(pageSize ?? 50) else { throw ValidationError("--page-size must be within 1...100.") }
    }

    func run() async throws {
        FileLogHandler.bootstrap(level: logLevel)
        let launch = try await DashboardLaunch.prepare(self)
        let reason = await launch.runTerminal()
        if case .success(let r) = reason, r != .quit {
            // A signal or a dropped link: the terminal is restored and every mutation is audited (answered, or written
            // off as unknown by the program's `stopped`), so leave now rather than wait for connections to close.
            Glibc.exit(r.exitCode)
        }
        await launch.shutdown()
        switch reason {
        case .success(.quit): return
        case .success(let r): throw ExitCode(r.exitCode)
        case .failure(let error):
            // The terminal is restored by now: the message goes to the normal screen.
            Stdio.err("relaydeck: \(error)\n")
            throw ExitCode(2)
        }
    }
}

/// An on/off option value.
enum Switch: String, ExpressibleByArgument, CaseIterable {
    case on, off
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
