import Dashboard
import DashboardRuntime
import EdgegapAPI
import EdgegapEmulator
import Foundation
import Synchronization
import TerminalUI
import Testing

/// The runner performs every effect, off the terminal thread, and answers through the mailbox: the clipboard,
/// exports, the audit log and profile switches, wired as in the executable but with recorders.
@MainActor @Suite(.serialized) struct RuntimeFlowTests {
    final class Recorder: ClipboardWriting, ExportWriting, AuditRecording, @unchecked Sendable {
        let copies = Mutex<[String]>([])
        let exports = Mutex<[ExportRequest]>([])
        let records = Mutex<[String]>([])
        func copy(_ text: String) throws -> CopyReceipt {
            copies.withLock { $0.append(text) }
            return CopyReceipt(text: text)
        }
        func write(_ request: ExportRequest) throws -> String {
            exports.withLock { $0.append(request) }
            return "/exports/sessions.csv"
        }
        func record(_ mutation: Mutation, outcome: MutationOutcome, started: Date, ended: Date) {
            records.withLock { $0.append("\(mutation.verb) \(mutation.target)") }
        }
        func recordUnanswered(_ mutation: Mutation, why: String, started: Date, ended: Date) {
            records.withLock { $0.append("\(mutation.verb) \(mutation.target): no answer before \(why)") }
        }
        func recordCommand(_ run: CommandRun, status: Int32?, why: String?, started: Date, ended: Date) {
            records.withLock { $0.append("command \(run.name) \(run.target): " + (status.map { "exit \($0)" } ?? "running at \(why ?? "?")")) }
        }
        func flush() {}
        func newest(limit: Int) throws -> [String] { records.withLock { Array($0.suffix(limit)) } }
    }

    /// Opens "other": a second emulator with its own sessions.
    struct OtherProfile: ProfileOpening {
        let server: EmulatorServer
        let client: EdgegapClient
        func open(_ name: String) throws -> ProfileConnection {
            guard name == "other" else { throw EffectFailure("no profile named \(name)") }
            return ProfileConnection(api: client, audit: nil,
                                     config: DashboardConfig(environment: "OTHER", apiHost: "other.example", refresh: 0.5,
                                                             zone: .utc))
        }
    }

    @Test func copyExportAndAuditGoThroughTheRunner() async throws {
        let recorder = Recorder()
        try await FlowDriver(services: RuntimeServices(audit: recorder, exports: recorder, clipboard: recorder)) {
            $0.sessions = 3
        }.run { d in
            let id = try #require(d.state.sessions.selectedID)
            d.press(.char("y"))
            try await d.waitUntil("copied") { $0.messages.last?.text == "copied \(id): sent to the terminal clipboard (OSC 52)" }
            #expect(recorder.copies.withLock { $0 } == [id])
            d.press(.char("e"))
            try await d.waitUntil("exported") { $0.messages.last?.text == "exported 3 rows to /exports/sessions.csv" }
            #expect(recorder.exports.withLock { $0.first?.format } == .csv)
            d.press(.char("D"), .tab, .enter)
            try await d.waitUntil("deleted") { $0.pending.isEmpty && $0.messages.contains { $0.text == "deleted session \(id)" } }
            d.press(.char(":"))
            d.type("audit")
            d.press(.enter)
            try await d.waitUntil("audit overlay") { if case .audit = $0.modal { true } else { false } }
            guard case .audit(let entries, _) = d.state.modal else { return }
            let lines = entries.map(\.target)
            #expect(lines == ["delete session \(id)"])
        }
    }

    @Test func aProfileSwitchTalksToTheOtherAPI() async throws {
        var otherConfig = EmulatorConfig(apiKeys: ["other-key"], sessions: 7, lobbies: 0, manualClock: true)
        otherConfig.seed = 99
        let otherServer = try await EmulatorServer.start(otherConfig)
        let otherClient = EdgegapClient(baseURL: otherServer.baseURL, apiKey: APIKey("other-key"))
        func stopOther() async {
            await otherClient.shutdown()
            await otherServer.stop()
        }
        do { try await switchProfiles(otherServer, otherClient) } catch {
            await stopOther()
            throw error
        }
        await stopOther()
    }

    func switchProfiles(_ otherServer: EmulatorServer, _ otherClient: EdgegapClient) async throws {
        try await FlowDriver(services: RuntimeServices(profiles: OtherProfile(server: otherServer, client: otherClient))) {
            $0.sessions = 3
        }.run { d in
            #expect(d.state.sessions.feed.value?.totalCount == 3)
            d.press(.char(":"))
            d.type("profile nosuch")
            d.press(.enter)
            try await d.waitUntil("refused") { $0.messages.last?.text == "profile nosuch: no profile named nosuch" }
            #expect(d.state.config.environment == "TEST")
            d.press(.char(":"))
            d.type("profile other")
            d.press(.enter)
            try await d.waitUntil("the other API's sessions") {
                $0.config.environment == "OTHER" && $0.sessions.feed.value?.totalCount == 7
            }
            #expect(d.screen().contains("OTHER"))
        }
    }
}
