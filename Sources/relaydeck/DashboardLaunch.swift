import ArgumentParser
import CursesBackend
import Dashboard
import DashboardRuntime
import EdgegapAPI
import EdgegapEmulator
import FoundationEssentials
import Logging
import NIOPosix
import RelayDeckApp
import Synchronization
import TerminalUI

/// Everything the dashboard needs to run: the API (and the emulator in demo mode), config and themes.
final class DashboardLaunch: Sendable {
    let client: EdgegapClient
    let emulator: EmulatorServer?
    let config: DashboardConfig
    let options: TerminalOptions
    let themes: ThemeChoice
    /// Warnings (files open to others) also shown in the message line once the dashboard runs.
    let warnings: [String]

    /// False with `--clipboard off`: `y` then only says the clipboard is off.
    let clipboard: Bool
    /// `:profile NAME` (nil in demo mode, which has no profiles).
    let profileSwitch: ProfileSwitch?
    /// Alerts beyond the screen (`--notify`).
    let notifier: TerminalNotifier
    /// What was remembered for the profile (nil: nothing yet), and whether `--theme` was given (it wins).
    let preferences: Preferences?
    let themeFlag: Bool
    let pageSizeFlag: Bool
    let mouseFlag: Bool
    /// The runner of the dashboard that ran (what it wrote off is said after the terminal is back).
    let runner = Mutex<EffectRunner?>(nil)

    init(client: EdgegapClient, emulator: EmulatorServer?, config: DashboardConfig, options: TerminalOptions, themes: ThemeChoice,
         warnings: [String] = [], clipboard: Bool = true, preferences: Preferences? = nil, themeFlag: Bool = false, pageSizeFlag: Bool = false, mouseFlag: Bool = false,
         profileSwitch: ProfileSwitch? = nil) {
        self.preferences = preferences
        self.themeFlag = themeFlag
        self.pageSizeFlag = pageSizeFlag
        self.mouseFlag = mouseFlag
        self.clipboard = clipboard
        self.profileSwitch = profileSwitch
        notifier = TerminalNotifier(environment: ProcessInfo.processInfo.environment)
        self.client = client
        self.emulator = emulator
        self.config = config
        self.options = options
        self.themes = themes
        self.warnings = warnings
    }

    /// Starts the emulator in demo mode, or reads the key for the real API (never from arguments).
    static func prepare(_ cmd: RelayDeck) async throws -> DashboardLaunch {
        // NO_COLOR is honoured by the backend itself.
        let baseOptions = TerminalOptions(colorMode: cmd.color, ascii: cmd.ascii, interruptAsKey: true)
        if cmd.demo {
            // Settings first: a typo exits 2 before anything is started that would need stopping.
            let themeSet = try themes(cmd.theme ?? "default")
            let (keymap, keymapWarnings) = try Self.demoKeymap()
            let (commands, commandWarnings) = try Self.demoCommands(keymap: keymap)
            let demoPrefs = Self.preferences.load(profile: "DEMO")
            // The demo key is random and lives only in this process.
            let key = UUID().uuidString
            var ec = EmulatorConfig(apiKeys: [key], sessions: cmd.demoSessions, lobbies: 8, seed: 42,
                                    readyDelay: .seconds(4), failureRate: 0.05, lobbyDeployDelay: .seconds(5),
                                    lobbyTerminateDelay: .seconds(3), churn: true)
            ec.maxPageLimit = 100
            let server = try await EmulatorServer.start(ec)
            let refresh = cmd.refresh ?? ResolvedProfile.Defaults.refresh
            let timeout = cmd.timeout ?? ResolvedProfile.Defaults.timeout(refresh: refresh)
            let client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey(key), options: pollingOptions(timeout: timeout),
                                       logger: Logger(label: "relaydeck.client"))
            let host = server.baseURL.replacing("http://", with: "")
            var config = DashboardConfig(environment: "DEMO", apiHost: "emulator \(host)", refresh: cmd.refresh ?? 2, pageSize: cmd.pageSize ?? demoPrefs?.pageSize ?? 50,
                                         sessionStuckAfter: cmd.stuckAfter, readOnly: cmd.readOnly, zone: .local,
                                         crawlRate: cmd.crawlRate ?? ResolvedProfile.Defaults.crawlRate,
                                         longLivedAfter: cmd.longLived * 3600)
            config.notify = cmd.notify?.channels ?? []
            config.operatorName = Self.operatorName
            config.keymap = keymap
            config.commands = commands
            config.mouse = cmd.mouse ?? demoPrefs?.mouse ?? false
            var options = baseOptions
            options.repaintKey = config.keymap.repaintKey
            return DashboardLaunch(client: client, emulator: server, config: config, options: options,
                                   themes: themeSet, warnings: keymapWarnings + commandWarnings, clipboard: cmd.clipboard == .on,
                                   preferences: demoPrefs, themeFlag: cmd.theme != nil,
                                   pageSizeFlag: cmd.pageSize != nil, mouseFlag: cmd.mouse != nil)
        }
        // Flags over the profile over the defaults; the key from its source (never from arguments).
        let profile = try cmd.resolvedProfile()
        let themeSet = try themes(profile.theme)
        let prefs = Self.preferences.load(profile: profile.name)
        let loaded: KeyLoader.Loaded
        do { loaded = try KeyLoader().load(profile.keySource) } catch {
            Stdio.err("relaydeck: \(error)\nTry the built-in emulator: relaydeck --demo\n")
            throw ExitCode(ScriptExit.usage.rawValue)
        }
        let warnings = profile.warnings + loaded.warnings
        RelayDeck.warn(warnings)
        let client = EdgegapClient(baseURL: profile.apiURL, apiKey: loaded.key, options: pollingOptions(timeout: profile.timeout),
                                   logger: Logger(label: "relaydeck.client"))
        var config = DashboardConfig(environment: profile.name, apiHost: profile.apiHost, refresh: profile.refresh, pageSize: cmd.pageSize ?? prefs?.pageSize ?? 50,
                                     sessionStuckAfter: cmd.stuckAfter, readOnly: profile.readOnly, production: profile.production, zone: .local,
                                     crawlRate: profile.crawlRate, longLivedAfter: cmd.longLived * 3600,
                                     keySource: profile.keySource.checkHint(home: ProcessInfo.processInfo.environment["HOME"]))
        config.notify = profile.notify
        config.alertKinds = profile.alertKinds
        config.operatorName = Self.operatorName
        config.keymap = profile.keymap
        config.commands = profile.commands
        config.mouse = cmd.mouse ?? prefs?.mouse ?? profile.mouse
        var options = baseOptions
        options.repaintKey = config.keymap.repaintKey
        return DashboardLaunch(client: client, emulator: nil, config: config, options: options,
                               themes: themeSet, warnings: warnings, clipboard: cmd.clipboard == .on,
                               preferences: prefs, themeFlag: cmd.theme != nil, pageSizeFlag: cmd.pageSize != nil, mouseFlag: cmd.mouse != nil,
                               profileSwitch: ProfileSwitch(flags: cmd.overrides, pageSize: cmd.pageSize ?? 50, stuckAfter: cmd.stuckAfter,
                                                            longLivedAfter: cmd.longLived * 3600))
    }

    /// The demo has no profile: the keymap file alone over the defaults (exit 2 on a mistake in it).
    /// The keymap file's keys over the defaults (the demo has no profile), with its warnings (said on stderr too).
    static func demoKeymap() throws -> (Keymap, [String]) {
        let path = RelayDeckPaths().keymapFile
        do {
            let file = try KeymapFile.load(path: path)
            let keymap = try Keymap.resolve(file: file, filePath: path, profile: nil, configPath: "")
            let warnings = file.warnings + keymap.warnings(file: path)
            RelayDeck.warn(warnings)
            return (keymap, warnings)
        } catch { throw RelayDeck.configurationFailure(error) }
    }

    /// The demo has no profile: the config file's top-level `commands:` (when there is a file), checked as a profile's.
    static func demoCommands(keymap: Keymap) throws -> ([CustomCommand], [String]) {
        let path = RelayDeckPaths().configFile
        do {
            guard let file = try ConfigFile.load(path: path) else { return ([], []) }
            RelayDeck.warn(file.warnings)
            return (try ProfileResolver.commands(file.commands, [], keymap: keymap, path: path), file.warnings)
        } catch { throw RelayDeck.configurationFailure(error) }
    }

    /// Where preferences are remembered.
    static var preferences: PreferencesFile { PreferencesFile(directory: RelayDeckPaths().stateDir + "/preferences") }

    /// Who runs this (the OS user), for the events of the mutations they make.
    static var operatorName: String? { ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] }

    /// The theme set, or exit 2 naming the themes there are when the chosen one is unknown or broken.
    static func themes(_ chosen: String) throws -> ThemeChoice {
        do { return try ThemeChoice.load(chosen) } catch { throw RelayDeck.configurationFailure(error) }
    }

    /// The client's limits for the dashboard: a whole request (body included) may take `timeout` seconds
    /// (`--timeout`, `timeout:`; by default three polls, at least 10 s). A request dripping in slowly is replaced by
    /// the reducer long before that, so it cannot hold its pane's only slot after the API is healthy again.
    static func pollingOptions(timeout: Double) -> ClientOptions {
        ClientOptions(requestTimeout: .milliseconds(Int(timeout * 1000)))
    }

    /// Runs the dashboard's terminal loop on the event loop, where the HTTP client's answers arrive: an answer is
    /// reduced and drawn by the thread that read it (`HostedTerminalLoop`). Returns once the terminal is given back.
    func runTerminal() async -> Result<ExitReason, TerminalError> {
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        return await withCheckedContinuation { (cont: CheckedContinuation<Result<ExitReason, TerminalError>, Never>) in
            loop.execute { [self] in
                do {
                    try HostedTerminalLoop.start(options: options, host: EventLoopHost(loop: loop), thread: DetachedThread.start,
                                                 makeProgram: { caps, waker in try self.makeProgram(caps, waker) }) { [self] reason in
                        // The title goes back to what it was before the terminal is left; what was written off is
                        // said on the terminal's normal screen, where it stays.
                        notifier.restore()
                        sayWrittenOff()
                        cont.resume(returning: .success(reason))
                    }
                } catch {
                    notifier.restore()
                    cont.resume(returning: .failure(error as? TerminalError ?? .system(String(describing: error))))
                }
            }
        }
    }

    /// The dashboard program on the terminal that was opened: the runner and its services, the state as remembered.
    private func makeProgram(_ caps: TerminalCapabilities, _ waker: any WakeSignal) throws -> DashboardProgram {
        let mailbox = Mailbox(waker: waker)
        var auditProblem: String?
        var audit: AuditLog?
        do { audit = try AuditLog(path: RelayDeckPaths().auditFile(demo: emulator != nil), profile: config.environment) } catch {
            auditProblem = "audit log unavailable: \(error)"
        }
        let copier = clipboard
            ? TerminalClipboard(passthrough: Clipboard.Passthrough.detect(ProcessInfo.processInfo.environment)) : nil
        let services = RuntimeServices(audit: audit, exports: ViewExport(directory: RelayDeckPaths().stateDir + "/exports"),
                                       clipboard: copier, profiles: profileSwitch,
                                       // The demo's emulator is new each run: its ages would mean nothing later.
                                       firstSeen: emulator == nil ? FirstSeenFile(directory: RelayDeckPaths().stateDir + "/first-seen") : nil,
                                       events: EventFile(directory: RelayDeckPaths().eventsDir(demo: emulator != nil)),
                                       notifier: notifier, preferences: Self.preferences)
        // Timers are kept by the terminal loop: a timer wakes only the thread that handles it.
        let timers = LoopTimers(waker: waker)
        let runner = EffectRunner(api: client, mailbox: mailbox, services: services, timers: timers)
        self.runner.withLock { $0 = runner }
        let glyphs = GlyphSet.forLocale(utf8: caps.utf8, forceASCII: options.ascii)
        var state = AppState(config: config, now: Date())
        let cycle = themes.cycle(for: caps.colorDepth)
        state.themeNames = cycle.map(\.name)
        // What was remembered for this profile, under the flags given; from here on, changes are saved.
        (preferences ?? Preferences()).restore(into: &state, themeFlag: themeFlag,
                                               flags: Preferences.Flags(theme: themeFlag, pageSize: pageSizeFlag, mouse: mouseFlag))
        for problem in themes.problems + warnings { state.post(.warning, problem) }
        if let auditProblem { state.post(.warning, auditProblem) }
        let program = DashboardProgram(state: state, runner: runner, mailbox: mailbox,
                                       themes: cycle, glyphs: glyphs, loopTimers: timers)
        return program
    }

    /// One line a mutation left without its answer: what to check, and where it is audited.
    private func sayWrittenOff() {
        guard let off = runner.withLock({ $0?.writtenOff }), !off.isEmpty else { return }
        let audit = ShortPath.of(RelayDeckPaths().auditFile(demo: emulator != nil), home: ProcessInfo.processInfo.environment["HOME"])
        for what in off {
            Stdio.err("relaydeck: outcome unknown, check it: \(UntrustedText.clean(what, limit: 160)) (audited in \(audit))\n")
        }
    }

    func shutdown() async {
        await profileSwitch?.shutdown()
        await client.shutdown()
        await emulator?.stop()
    }
}
