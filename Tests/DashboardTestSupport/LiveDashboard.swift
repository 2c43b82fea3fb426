import Dashboard
import DashboardRuntime
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI

/// Wakes the harness through an async stream (the terminal loop's wake-up descriptor, in a test).
struct StreamWaker: WakeSignal {
    let continuation: AsyncStream<Void>.Continuation
    func wake() { continuation.yield() }
}

/// The real `DashboardProgram` against an in-process emulator over loopback HTTP: keys in, mailbox drained, state
/// and frames read. Waits are on wake-ups with a deadline; nothing sleeps to let time pass. Shared by the flow
/// tests and the reliability tests.
@MainActor
public final class LiveDashboard {
    public let server: EmulatorServer
    public let client: EdgegapClient
    public let mailbox: Mailbox
    public let runner: EffectRunner
    public let program: DashboardProgram
    private let continuation: AsyncStream<Void>.Continuation
    private var wakes: AsyncStream<Void>.AsyncIterator

    public var state: AppState { program.state }

    /// Starts `emulator` (its keys must include `key`) and a dashboard polling it every `refresh` seconds.
    public init(emulator config: EmulatorConfig, key: String, refresh: Double = 0.5,
                services: RuntimeServices = RuntimeServices(), dashboard: @escaping (inout DashboardConfig) -> Void = { _ in }) async throws {
        server = try await EmulatorServer.start(config)
        // A patient connect: the suite runs in parallel on two cores. The request limit stays the product's (10 s):
        // the fault flows wait for a dripping request to end.
        client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey(key), options: ClientOptions(connectTimeout: .seconds(30)))
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.continuation = continuation
        wakes = stream.makeAsyncIterator()
        mailbox = Mailbox(waker: StreamWaker(continuation: continuation))
        runner = EffectRunner(api: client, mailbox: mailbox, services: services, jitter: 0)
        var settings = DashboardConfig(environment: "TEST", apiHost: "127.0.0.1", refresh: refresh, pageSize: 50,
                                       zone: .utc)
        dashboard(&settings)
        program = DashboardProgram(state: AppState(config: settings, now: Date()), runner: runner, mailbox: mailbox,
                                   themes: [.mono], glyphs: .unicode)
    }

    /// Sends the first size (which also starts the pollers) and waits for the first sessions and lobbies.
    public func start(width: Int = 160, height: Int = 48) async throws {
        _ = program.handle(.resize(width: width, height: height))
        try await waitUntil("first load") { $0.sessions.feed.value != nil && $0.lobbies.feed.value != nil }
    }

    /// Starts the dashboard, runs `body`, and stops everything whether or not `body` threw.
    public func run(width: Int = 160, height: Int = 48, _ body: (LiveDashboard) async throws -> Void) async throws {
        do {
            try await start(width: width, height: height)
            try await body(self)
        } catch {
            await stop()
            throw error
        }
        await stop()
    }

    public func press(_ keys: Key...) {
        for k in keys { _ = program.handle(.key(k)) }
    }

    public func type(_ text: String) {
        for c in text { _ = program.handle(.key(.char(c))) }
    }

    /// Drains the mailbox until `predicate` holds on the state, waiting for wake-ups in between; throws
    /// `FlowTimeout` (naming what was awaited and the last message) after `timeout` seconds.
    public func waitUntil(_ what: String, timeout: Double = 10, _ predicate: (AppState) -> Bool) async throws {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        // The watchdog only ends a wait that would otherwise hang; it never decides an outcome.
        let watchdog = Task { [continuation] in
            try? await Task.sleep(until: deadline, clock: .continuous)
            continuation.yield()
        }
        defer { watchdog.cancel() }
        while true {
            program.drainMailbox()
            if predicate(program.state) { return }
            if ContinuousClock.now >= deadline {
                throw FlowTimeout(what: "\(what) (after \(timeout)s; last message: \(program.state.messages.last?.text ?? "none"))")
            }
            var it = wakes
            _ = await it.next(isolation: #isolation)
            wakes = it
        }
    }

    /// Waits until nothing is queued and no request is out.
    public func waitIdle(timeout: Double = 10) async throws {
        try await waitUntil("idle", timeout: timeout) { [mailbox, runner] _ in mailbox.isEmpty && runner.activeWork == 0 }
    }

    /// The current frame.
    public func frame() -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        program.draw(into: &buffer)
        return buffer
    }

    /// The screen as text.
    public func screen() -> String { frame().text() }

    /// Stops the pollers, the client and the emulator (call at the end of every test, also after a failure).
    public func stop() async {
        runner.cancelAll()
        continuation.finish()
        await client.shutdown()
        await server.stop()
    }
}

/// A wait that did not see what it waited for.
public struct FlowTimeout: Error, CustomStringConvertible {
    public let what: String
    public init(what: String) { self.what = what }
    public var description: String { "timed out waiting for \(what)" }
}
