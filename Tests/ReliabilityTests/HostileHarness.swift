import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// Wakes the harness through an async stream (the terminal loop's wake-up descriptor, in a test).
struct HarnessWaker: WakeSignal {
    let continuation: AsyncStream<Void>.Continuation
    func wake() { continuation.yield() }
}

/// The real DashboardProgram against an in-process emulator over loopback; waits are on wake-ups with a deadline.
@MainActor
final class HostileHarness {
    static let key = "reliability-key"

    let server: EmulatorServer
    let client: EdgegapClient
    let mailbox: Mailbox
    let runner: EffectRunner
    let program: DashboardProgram
    private let continuation: AsyncStream<Void>.Continuation
    private var wakes: AsyncStream<Void>.AsyncIterator

    var state: AppState { program.state }

    /// An emulator with a manual clock (hostile by default) and a dashboard polling every 0.5 s.
    init(hostile: Bool = true, _ configure: (inout EmulatorConfig) -> Void = { _ in }) async throws {
        var config = EmulatorConfig(apiKeys: [Self.key], sessions: 24, lobbies: 6, seed: 11,
                                    readyDelay: .milliseconds(200), failureRate: 0.3, manualClock: true)
        config.hostile = hostile
        configure(&config)
        server = try await EmulatorServer.start(config)
        client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey(Self.key))
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.continuation = continuation
        wakes = stream.makeAsyncIterator()
        mailbox = Mailbox(waker: HarnessWaker(continuation: continuation))
        runner = EffectRunner(api: client, mailbox: mailbox, jitter: 0)
        let dashboard = DashboardConfig(environment: "TEST", apiHost: "127.0.0.1", refresh: 0.5, pageSize: 50,
                                        timeZone: TimeZone(identifier: "UTC")!)
        program = DashboardProgram(state: AppState(config: dashboard, now: Date()), runner: runner, mailbox: mailbox,
                                   themes: [.mono], glyphs: .unicode)
    }

    /// Sends the first size (which starts the pollers) and waits for sessions and lobbies.
    func start(width: Int = 160, height: Int = 48) async throws {
        _ = program.handle(.resize(width: width, height: height))
        try await waitUntil("first load") { $0.sessions.feed.updatedAt != nil && $0.lobbies.feed.updatedAt != nil }
    }

    func press(_ keys: Key...) {
        for k in keys { _ = program.handle(.key(k)) }
    }

    /// Drains the mailbox until `predicate` holds, waiting for wake-ups in between; fails after `timeout`.
    func waitUntil(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                   _ predicate: (AppState) -> Bool) async throws {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        let watchdog = Task { [continuation] in
            try? await Task.sleep(until: deadline, clock: .continuous)
            continuation.yield()
        }
        defer { watchdog.cancel() }
        while true {
            program.drainMailbox()
            if predicate(program.state) { return }
            if ContinuousClock.now >= deadline {
                Issue.record("timed out after \(timeout)s waiting for \(what)", sourceLocation: sourceLocation)
                throw HarnessTimeout(what: what)
            }
            var it = wakes
            _ = await it.next(isolation: #isolation)
            wakes = it
        }
    }

    /// The current frame.
    func frame() -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        program.draw(into: &buffer)
        return buffer
    }

    /// Stops pollers, client and emulator (call at the end of every test, also after a failure).
    func stop() async {
        runner.cancelAll()
        continuation.finish()
        await client.shutdown()
        await server.stop()
    }
}

struct HarnessTimeout: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting for \(what)" }
}
