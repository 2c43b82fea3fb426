import Dashboard
import Logging
import Synchronization
import Testing
@testable import RelayDeckApp

/// The log file has every mutation and its outcome, as the README says: the scripts' as well as the dashboard's, in
/// the same words (`Logger.mutation`). Before, a scripted mutation reached the audit log and stderr only.
@Suite struct ScriptMutationLogTests {
    @Test func eachScriptedMutationLogsItsOutcome() async throws {
        let emu = try await EmulatorFixture.start(sessions: 2, lobbies: 0)
        let id = try await emu.client.listSessions(page: 1, limit: 1).sessions[0].sessionID
        let messages = Messages()
        var runner = emu.runner()
        runner.logger = Logger(label: "relaydeck.script") { _ in messages }
        let gate = MutationGate(yes: true, stdinIsTerminal: false, readOnly: false, profileName: "staging") { _ in nil }
        let ok = await runner.perform(.deleteSession(id: id), gate: gate, audit: nil)
        let gone = await runner.perform(.deleteSession(id: id), gate: gate, audit: nil)
        await emu.close()
        #expect(ok.exit == .success && gone.exit != .success)
        let lines = messages.lines
        #expect(lines.count == 2)
        #expect(lines.first == "info mutation delete session \(id): ok")
        #expect(lines.last?.hasPrefix("info mutation delete session \(id): failed: ") == true)
    }

    @Test func aMutationRefusedBeforeSendingLogsNothing() async throws {
        let emu = try await EmulatorFixture.start(sessions: 1, lobbies: 0)
        let messages = Messages()
        var runner = emu.runner()
        runner.logger = Logger(label: "relaydeck.script") { _ in messages }
        let gate = MutationGate(yes: false, stdinIsTerminal: false, readOnly: false, profileName: "staging") { _ in nil }
        let out = await runner.perform(.createLobby(name: "arena"), gate: gate, audit: nil)
        await emu.close()
        #expect(out.exit == .usage && messages.lines.isEmpty)
    }
}

/// A log handler keeping "level message" of each line.
private struct Messages: LogHandler {
    private let store = Store()
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    var lines: [String] { store.lines.withLock { $0 } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) { store.lines.withLock { $0.append("\(event.level) \(event.message)") } }

    private final class Store: Sendable { let lines = Mutex<[String]>([]) }
}
