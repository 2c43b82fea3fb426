/// Everything an emulator run is built from: address, keys, scenario size, lifecycle timing and faults.
public struct EmulatorConfig: Sendable {
    /// Address to bind (loopback by default).
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    /// Keys that authenticate; any other well-formed key gets 403.
    public var apiKeys: Set<String>
    /// Relay sessions in the initial scenario.
    public var sessions: Int
    /// Lobbies in the initial scenario.
    public var lobbies: Int
    /// Seed of every random choice (population, tokens, faults).
    public var seed: UInt64
    /// Time a new session stays `Initializing` before it is READY (or fails).
    public var readyDelay: Duration
    /// Share (0...1) of new sessions and lobby deploys that fail instead of becoming READY.
    public var failureRate: Double
    /// Time a lobby stays `Deploying`.
    public var lobbyDeployDelay: Duration
    /// Time a lobby stays `Terminating` before it is gone.
    public var lobbyTerminateDelay: Duration
    /// A live population: a background task creates and deletes sessions, moves users and lobbies.
    public var churn: Bool
    /// Period of the churn task.
    public var churnInterval: Duration
    /// Time moves only through `EmulatorStore.advance(by:)` (deterministic tests).
    public var manualClock: Bool
    /// Status strings written for lobbies.
    public var lobbyStatuses: LobbyStatuses
    /// Status strings written for relay sessions.
    public var sessionStatuses: SessionStatuses
    /// Faults in force from the start.
    public var faults: FaultConfig
    /// Largest `limit` honoured on list pages.
    public var maxPageLimit: Int
    /// `limit` when the request gives none.
    public var defaultPageLimit: Int
    /// Largest request body read, in bytes.
    public var maxRequestBody: Int
    /// Hostile strings (escape sequences, controls, bidi, 10k text) in every string field but ids and names.
    public var hostile: Bool = false

    /// A configuration with the emulator's defaults; every field can be changed afterwards.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        apiKeys: Set<String> = [],
        sessions: Int = 0,
        lobbies: Int = 0,
        seed: UInt64 = 1,
        readyDelay: Duration = .milliseconds(1500),
        failureRate: Double = 0,
        lobbyDeployDelay: Duration = .seconds(3),
        lobbyTerminateDelay: Duration = .seconds(2),
        churn: Bool = false,
        churnInterval: Duration = .seconds(1),
        manualClock: Bool = false,
        lobbyStatuses: LobbyStatuses = LobbyStatuses(),
        sessionStatuses: SessionStatuses = SessionStatuses(),
        faults: FaultConfig = FaultConfig(),
        maxPageLimit: Int = 100,
        defaultPageLimit: Int = 10,
        maxRequestBody: Int = 1 << 20
    ) {
        self.host = host
        self.port = port
        self.apiKeys = apiKeys
        self.sessions = sessions
        self.lobbies = lobbies
        self.seed = seed
        self.readyDelay = readyDelay
        self.failureRate = failureRate
        self.lobbyDeployDelay = lobbyDeployDelay
        self.lobbyTerminateDelay = lobbyTerminateDelay
        self.churn = churn
        self.churnInterval = churnInterval
        self.manualClock = manualClock
        self.lobbyStatuses = lobbyStatuses
        self.sessionStatuses = sessionStatuses
        self.faults = faults
        self.maxPageLimit = maxPageLimit
        self.defaultPageLimit = defaultPageLimit
        self.maxRequestBody = maxRequestBody
    }
}

/// The status strings the emulator writes for lobbies (the API's are not settled; see docs/EMULATOR.md).
public struct LobbyStatuses: Sendable, Equatable {
    /// Created, not deployed (url empty).
    public var released: String
    /// Deploy in progress.
    public var deploying: String
    /// Deployed, url set.
    public var ready: String
    /// Termination in progress.
    public var terminating: String
    /// Deploy failed.
    public var error: String

    /// Defaults from the reference page and known clients.
    public init(released: String = "Released", deploying: String = "Deploying", ready: String = "READY",
                terminating: String = "Terminating", error: String = "Error") {
        self.released = released
        self.deploying = deploying
        self.ready = ready
        self.terminating = terminating
        self.error = error
    }
}

/// The status strings the emulator writes for relay sessions.
public struct SessionStatuses: Sendable, Equatable {
    /// Before `readyDelay` has passed.
    public var initializing: String
    /// Relay allocated, tokens issued.
    public var ready: String
    /// Allocation failed (`error` set).
    public var failed: String

    /// Defaults from the reference page (`Initializing`, `READY`) and an `Error` for failures.
    public init(initializing: String = "Initializing", ready: String = "READY", failed: String = "Error") {
        self.initializing = initializing
        self.ready = ready
        self.failed = failed
    }
}
