import ArgumentParser
import CursesBackend
import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import Logging
import RelayDeckApp
import TerminalUI

@main
struct RelayDeck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relaydeck",
        abstract: "A terminal dashboard for Edgegap relay sessions and lobbies.",
        discussion: """
            Try it with no account: relaydeck --demo (a built-in emulator of the P2P API).
            Against the real API: export EDGEGAP_API_KEY=… then relaydeck. Press ? in the dashboard for keys.
            Profiles live in $XDG_CONFIG_HOME/relaydeck/config.yaml (relaydeck info shows the one in use);
            command-line flags override the profile, which overrides the defaults. Scripting: relaydeck sessions …,
            relaydeck lobbies … (see their --help). \(ScriptExit.helpText)
            """,
        version: RelayDeckVersion.current,
        subcommands: [SessionsCommand.self, LobbiesCommand.self, InfoCommand.self,
                      EmulatorCommand.self, KeysCommand.self, EngineDemoCommand.self]
    )

    @Flag(help: "Run against a built-in emulator with a live demo population (no key needed).")
    var demo = false

    @Option(help: "Profile of the config file to use (default: its default_profile).")
    var profile: String?

    @Option(help: "File holding the API key on its first line (mode 0600).")
    var apiKeyFile: String?

    @Option(help: "API base URL (default https://api.edgegap.com).")
    var apiURL: String?

    @Option(help: "Seconds between polls (minimum 0.5, default 2).")
    var refresh: Double?

    @Option(help: "Sessions a page (1-100).")
    var pageSize = 50

    @Option(help: "Colour: auto, always or never (NO_COLOR is honoured).")
    var color: ColorMode = .auto

    @Option(help: "Copy with y through OSC 52: on or off.")
    var clipboard: Switch = .on

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Option(help: "Theme name (default, mono, …).")
    var theme: String?

    @Flag(help: "Hide and refuse every mutating action.")
    var readOnly = false

    @Option(help: "Mark sessions not ready after this many seconds as stuck.")
    var stuckAfter = 60.0

    @Option(help: "Sessions in the demo population.")
    var demoSessions = 320

    func validate() throws {
        guard (refresh ?? 2) >= 0.5 else { throw ValidationError("--refresh must be at least 0.5 seconds.") }
        guard (1...100).contains(pageSize) else { throw ValidationError("--page-size must be within 1...100.") }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            if let h = FileLogHandler.open(RelayDeckPaths().logFile) { return FileLogHandler(label: label, handle: h) }
            return SwiftLogNoOpLogHandler()
        }
        let launch = try await DashboardLaunch.prepare(self)
        let reason = await launch.runTerminal()
        if case .success(let r) = reason, r != .quit {
            // A signal or a dropped link: the terminal is restored and every audit record is already written,
            // so leave now rather than wait for connections to close.
            Foundation.exit(r.exitCode)
        }
        await launch.shutdown()
        switch reason {
        case .success(.quit): return
        case .success(let r): throw ExitCode(r.exitCode)
        case .failure(let error):
            // The terminal is restored by now: the message goes to the normal screen.
            FileHandle.standardError.write(Data("relaydeck: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// An on/off option value.
enum Switch: String, ExpressibleByArgument, CaseIterable {
    case on, off
}
