import ArgumentParser
import Dashboard
import EdgegapAPI
import FoundationEssentials
import Logging
import RelayDeckApp
import TerminalUI
import UnixSignals
#if canImport(Glibc)
import Glibc
#endif

/// `--json` / `--csv`, shared by the scripting commands.
struct FormatOptions: ParsableArguments {
    @Flag(help: "Print the API's JSON (wire names, sorted keys).") var json = false
    @Flag(help: "Print RFC 4180 CSV with a header row.") var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv cannot be combined.") }
    }

    var format: OutputFormat { json ? .json : csv ? .csv : .table }
}

/// Runs a scripting command: resolves the profile, loads the key, builds the client, prints the output, exits.
enum ScriptLauncher {
    static func run(_ root: RelayDeck, format: OutputFormat,
                    _ body: (ScriptRunner, ResolvedProfile) async -> ScriptOutput) async throws {
        // What the polling model logs (`sessions find` runs it) goes to the log file, never to the output.
        FileLogHandler.bootstrap(level: root.logLevel)
        let profile = try root.resolvedProfile()
        let loaded: KeyLoader.Loaded
        do { loaded = try KeyLoader().load(profile.keySource) } catch { throw RelayDeck.configurationFailure(error) }
        RelayDeck.warn(profile.warnings + loaded.warnings)
        let client = EdgegapClient(baseURL: profile.apiURL, apiKey: loaded.key,
                                   logger: Logger(label: "relaydeck.client") { _ in SwiftLogNoOpLogHandler() })
        let runner = ScriptRunner(api: client, format: format, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
                                  logger: Logger(label: "relaydeck.script"))
        let output = await body(runner, profile)
        await client.shutdown()
        Stdio.out(output.stdout)
        Stdio.err(output.stderr)
        if output.exit != .success { throw ExitCode(output.exit.rawValue) }
    }

    /// Validates, confirms, sends and audits one mutation.
    static func mutate(_ root: RelayDeck, format: OutputFormat, yes: Bool, _ request: Result<Mutation, UsageProblem>) async throws {
        let mutation: Mutation
        switch request {
        case .success(let m): mutation = m
        case .failure(let problem): throw ValidationError(problem.description)
        }
        try await run(root, format: format) { runner, profile in
            let gate = MutationGate(yes: yes, stdinIsTerminal: isatty(STDIN_FILENO) == 1, readOnly: profile.readOnly,
                                    profileName: profile.name, production: profile.production) { question in
                Stdio.err(question)
                return readLine()
            }
            var audit: AuditLog?
            do { audit = try AuditLog(path: RelayDeckPaths().auditFile, profile: profile.name) } catch {
                RelayDeck.warn(["audit log unavailable: \(error)"])
            }
            let inFlight = InFlightMutation()
            let watcher = await Self.auditOnSignal(inFlight, logger: runner.logger)
            defer { watcher.cancel() }
            return await runner.perform(mutation, gate: gate, audit: audit, inFlight: inFlight)
        }
    }

    /// Until cancelled, SIGINT, SIGTERM and SIGHUP end the process (128 + the signal, as their default would) after
    /// auditing the mutation in flight, if one is, as unknown with the signal: it may have happened.
    static func auditOnSignal(_ inFlight: InFlightMutation, logger: Logger) async -> Task<Void, Never> {
        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm, .sighup)
        return Task {
            for await signal in signals {
                let reason: ExitReason = signal == .sighup ? .hangup : signal == .sigterm ? .terminated : .interrupted
                if let s = inFlight.writeOff(why: reason.why, at: Date()) {
                    logger.mutationUnanswered(s.mutation, why: reason.why)
                    Stdio.err("relaydeck: \(UntrustedText.clean("\(s.mutation.verb) \(s.mutation.target)")): outcome "
                              + AuditRecord.unansweredText(reason.why) + " — it may have happened (audited); check before retrying\n")
                }
                Glibc.exit(128 + signal.rawValue)
            }
        }
    }
}
