import ArgumentParser
import EdgegapEmulator
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `relaydeck emulator`: serves the P2P API emulator until SIGINT/SIGTERM; prints its URL as the first line.
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Run the Edgegap P2P API emulator.",
        discussion: """
            The first line of standard output is the URL the emulator listens on. The API key is the \
            emulator's own key, not an Edgegap secret: pass it with --api-key, or name an environment \
            variable with --api-key-env (default EDGEGAP_API_KEY).
            """)

    @Option(help: "Address to bind.") var host = "127.0.0.1"
    @Option(help: "Port to bind (0 picks a free port).") var port = 8080
    @Option(name: .customLong("api-key"), help: "A key the emulator accepts (repeatable).") var apiKeys: [String] = []
    @Option(help: "Environment variable holding an accepted key.") var apiKeyEnv = "EDGEGAP_API_KEY"
    @Option(help: "Relay sessions in the scenario.") var sessions = 0
    @Option(help: "Lobbies in the scenario.") var lobbies = 0
    @Option(help: "Seed of the scenario and faults.") var seed: UInt64 = 1
    @Flag(help: "Keep the population moving (sessions, users, lobbies).") var churn = false
    @Option(help: "Seconds a new session stays Initializing.") var readyDelay = 1.5
    @Option(help: "Share (0...1) of sessions and deploys that fail.") var failureRate = 0.0
    @Option(help: "Seconds a lobby stays Deploying.") var lobbyDeployDelay = 3.0
    @Option(help: "Seconds a lobby stays Terminating.") var lobbyTerminateDelay = 2.0
    @Option(help: "Latency added to every API response, in ms.") var latencyMs = 0
    @Option(help: "Random extra latency up to this many ms.") var jitterMs = 0
    // Spelt with a dash before the number, as the docs and the fault names (error_rate_500) have them.
    @Option(name: .customLong("error-rate-500"), help: "Share of requests answered 500.") var errorRate500 = 0.0
    @Option(name: .customLong("error-rate-503"), help: "Share of requests answered 503.") var errorRate503 = 0.0
    @Option(name: .customLong("rate-429"), help: "Share of requests answered 429.") var rate429 = 0.0
    @Option(help: "Retry-After seconds sent with 429s.") var retryAfter: Int?
    @Option(help: "Requests per second allowed per key.") var perKeyRateLimit: Int?
    @Option(help: "Largest page limit honoured.") var maxPageLimit = 100
    @Flag(help: "Log every request to standard error.") var verbose = false
    @Flag(help: "Hostile strings (escapes, controls, bidi, 10k text) in every string field but ids.") var hostile = false

    func validate() throws {
        for rate in [failureRate, errorRate500, errorRate503, rate429] where !(0...1).contains(rate) {
            throw ValidationError("Rates must be within 0...1.")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be within 0...65535.") }
    }

    func run() async throws {
        var keys = Set(apiKeys)
        if let fromEnv = getenv(apiKeyEnv).map({ String(cString: $0) }), !fromEnv.isEmpty { keys.insert(fromEnv) }
        guard !keys.isEmpty else {
            throw ValidationError("No API key: pass --api-key KEY or set \(apiKeyEnv).")
        }
        var config = EmulatorConfig(
            host: host, port: port, apiKeys: keys, sessions: sessions, lobbies: lobbies, seed: seed,
            readyDelay: .milliseconds(Int(readyDelay * 1000)), failureRate: failureRate,
            lobbyDeployDelay: .milliseconds(Int(lobbyDeployDelay * 1000)),
            lobbyTerminateDelay: .milliseconds(Int(lobbyTerminateDelay * 1000)), churn: churn,
            faults: FaultConfig(latency: .milliseconds(latencyMs), jitter: .milliseconds(jitterMs),
                                errorRate500: errorRate500, errorRate503: errorRate503, rate429: rate429,
                                retryAfter: retryAfter, perKeyRateLimit: perKeyRateLimit),
            maxPageLimit: maxPageLimit)
        config.hostile = hostile
        var logger = Logger(label: "relaydeck.emulator") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .info : .error
        let server = try await EmulatorServer.start(config, logger: logger)
        print(server.baseURL)
        fflush(nil)  // flushes every stream; `stdout` itself is not usable from Swift 6
        await server.runUntilSignalled()
    }
}
