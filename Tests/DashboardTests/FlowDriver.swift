import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// Wakes the driver through an async stream (the terminal loop's wake-up descriptor, in a test).
struct StreamWaker: WakeSignal {
    let continuation: AsyncStream<Void>.Continuation
    func wake() { continuation.yield() }
}

/// The whole dashboard against the in-process emulator over loopback HTTP: keys in, mailbox drained, state checked.
/// Waits are on wake-ups with a deadline; nothing sleeps to let time pass.
@MainActor
final class FlowDriver {
    static let key = "flow-key"

    let server: EmulatorServer
    let client: EdgegapClient
    let mailbox: Mailbox
    let runner: EffectRunner
    let program: DashboardProgram
    private let continuation: AsyncStream<Void>.Continuation
    private var wakes: AsyncStream<Void>.AsyncIterator

    var state: AppState { program.state }

    /// Starts an emulator with a manual clock (tests advance it) and a dashboard polling it every 0.5 s.
    init(_ configure: (inout EmulatorConfig) -> Void = { _ in }) async throws {
        var config = EmulatorConfig(apiKeys: [Self.key], sessions: 0, lobbies: 0, readyDelay: .milliseconds(200),
                                    lobbyDeployDelay: .milliseconds(300), lobbyTerminateDelay: .milliseconds(200),
                                    manualClock: true)
        configure(&config)
        server = try await EmulatorServer.start(config)
        client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey(Self.key))
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.continuation = continuation
        wakes = stream.makeAsyncIterator()
        mailbox = Mailbox(waker: StreamWaker(continuation: continuation))
        runner = EffectRunner(api: client, mailbox: mailbox, jitter: 0)
        let dashboard = DashboardConfig(environment: "TEST", apiHost: "127.0.0.1", refresh: 0.5, pageSize: 50,
                                        timeZone: TimeZone(identifier: "UTC")!)
        program = DashboardProgram(state: AppState(config: dashboard, now: Date()), runner: runner, mailbox: mailbox,
                                   themes: [.mono], glyphs: .unicode)
    }

    /// Sends the first size (which also starts the pollers) and waits for the first sessions and lobbies.
    func start(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        _ = program.handle(.resize(width: 160, height: 48))
        try await waitUntil("first load", sourceLocation: sourceLocation) {
            $0.sessions.feed.updatedAt != nil && $0.lobbies.feed.updatedAt != nil
        }
    }

    func press(_ keys: Key...) {
        for k in keys { _ = program.handle(.key(k)) }
    }

    func type(_ text: String) {
        for c in text { _ = program.handle(.key(.char(c))) }
    }

    /// Drains the mailbox until `predicate` holds on the state, waiting for wake-ups in between.
    func waitUntil(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                   _ predicate: (AppState) -> Bool) async throws {
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
                let last = program.state.messages.last?.text ?? "none"
                Issue.record("timed out after \(timeout)s waiting for \(what) (last message: \(last))",
                             sourceLocation: sourceLocation)
                throw FlowTimeout(what: what)
            }
            var it = wakes
            _ = await it.next(isolation: #isolation)
            wakes = it
        }
    }

    /// Waits until nothing is queued and no request is out.
    func waitIdle(timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await waitUntil("idle", timeout: timeout, sourceLocation: sourceLocation) { [mailbox, runner] _ in
            mailbox.isEmpty && runner.activeWork == 0
        }
    }

    /// The screen as text.
    func screen() -> String {
        var buffer = Buffer(width: state.width, height: state.height)
        program.draw(into: &buffer)
        return buffer.text()
    }

    /// Stops the pollers, the client and the emulator (call at the end of every test, also after a failure).
    func stop() async {
        runner.cancelAll()
        continuation.finish()
        await client.shutdown()
        await server.stop()
    }
}

struct FlowTimeout: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting for \(what)" }
}
