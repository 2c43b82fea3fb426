@testable import Dashboard
import DashboardRuntime
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// Bulk actions against the emulator with faults: every marked target gets exactly one request, one audit line and
/// one counted outcome — quitting midway included (what was sent is audited, the rest is not sent).
@MainActor @Suite(.serialized) struct BulkFlowTests {
    typealias Recorder = RuntimeFlowTests.Recorder

    /// The audited targets, one line a request.
    func audited(_ r: Recorder) -> [String] {
        r.records.withLock { $0 }.map { $0.replacingOccurrences(of: "delete session ", with: "").components(separatedBy: ":")[0] }
    }

    @Test func everyMarkedTargetGetsOneAuditedRequestAndOneCountedOutcome() async throws {
        let recorder = Recorder()
        try await FlowDriver(services: RuntimeServices(audit: recorder)) { $0.sessions = 10 }.run { d in
            d.press(.char(" "), .char(" "), .char(" "), .char("j"), .char(" "), .char(" "), .char(" "))
            let marked = d.state.marks.sessions
            #expect(marked.count == 6)
            // Errors, dropped connections (outcome unknown) and 429s on the way.
            await d.server.setFaults(FaultConfig(errorRate500: 0.2, rate429: 0.1, dropConnectionRate: 0.15))
            d.press(.char("D"), .tab, .enter)
            try await d.waitUntil("the bulk run's end", timeout: 30) { $0.bulk == nil }
            await d.server.setFaults(FaultConfig())
            let lines = audited(recorder)
            #expect(lines.sorted() == marked.sorted(), "\(lines)")
            let summary = try #require(d.state.messageLine?.text)
            #expect(summary.hasPrefix("Delete 6 sessions: "), "\(summary)")
            // The counts in the summary add up to six.
            let numbers = summary.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            let counted = numbers.dropFirst().enumerated().filter { i, _ in !summary.contains("already gone") || i != 1 }.map(\.1)
            #expect(counted.reduce(0, +) == 6, "\(summary)")
            // What succeeded is unmarked; what failed stays marked.
            let failed = d.state.messages.filter { $0.level == .error && $0.text.contains(" failed: ") }.count
            #expect(d.state.marks.sessions.count >= failed)
        }
    }

    @Test func aCommandIsAuditedWhenItEndsAndOneStillRunningAtQuitIsAuditedAsSuch() async throws {
        let recorder = Recorder()
        let quick = CustomCommand(name: "quick", key: .char("H"), scope: .session, program: "/bin/sh", arguments: ["-c", "echo hi; exit 4"])
        let slow = CustomCommand(name: "slow", key: .char("W"), scope: .session, program: "/bin/sleep", arguments: ["3"])
        try await FlowDriver(services: RuntimeServices(audit: recorder), { $0.sessions = 2 }, dashboard: { $0.commands = [quick, slow] }).run { d in
            let id = try #require(d.state.sessions.selectedID)
            d.press(.char("H"))
            try await d.waitUntil("quick's end") { $0.messageLine?.text == "quick on session \(id): exit 4 — m shows its output" }
            #expect(recorder.records.withLock { $0 } == ["command quick session \(id): exit 4"])
            d.press(.char("W"), .char("q"))
            guard case .confirm(let c)? = d.state.modal, case .quit = c.subject else { Issue.record("no quit question"); return }
            d.press(.tab, .enter)
            #expect(d.state.quitting)
            // The quit's write-off runs on a thread of its own (the answers it waits for may need this one).
            d.runner.waitUntilSettled()
            #expect(recorder.records.withLock { $0 }.last == "command slow session \(id): running at quit")
            // Its end later adds nothing.
            try await Task.sleep(for: .seconds(3.5))
            #expect(recorder.records.withLock { $0 }.count == 2)
        }
    }

    @Test func quittingMidwayAuditsWhatWasSentAndSendsNothingMore() async throws {
        let recorder = Recorder()
        try await FlowDriver(services: RuntimeServices(audit: recorder)) { $0.sessions = 10 }.run { d in
            d.press(.char(" "), .char(" "), .char(" "), .char(" "), .char(" "), .char(" "))
            let marked = d.state.marks.sessions
            await d.server.setFaults(FaultConfig(latency: .milliseconds(300)))
            d.press(.char("D"), .tab, .enter)
            try await d.waitUntil("two answers", timeout: 20) { ($0.bulk?.answered ?? 0) >= 2 }
            d.press(.char("q"))
            guard case .confirm(let c)? = d.state.modal, case .quit = c.subject else { Issue.record("no quit question"); return }
            #expect(c.lines.contains { $0.hasPrefix("Bulk delete: ") && $0.hasSuffix("will not be sent.") })
            let sent = (d.state.bulk?.answered ?? 0) + (d.state.bulk?.current == nil ? 0 : 1)
            d.press(.tab, .enter)
            #expect(d.state.quitting)
            let lines = audited(recorder)
            // Each request sent has exactly one line (the one in flight written off as unknown); nothing else was sent.
            #expect(Set(lines).count == lines.count, "\(lines)")
            #expect(lines.count == sent, "\(lines) vs \(sent) sent")
            #expect(Set(lines).isSubset(of: Set(marked)))
            #expect(lines.count < marked.count)
            try await Task.sleep(for: .milliseconds(800))
            #expect(audited(recorder).count == lines.count)
        }
    }
}
