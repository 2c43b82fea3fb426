@testable import Dashboard
import TerminalUI
import Foundation
import Testing

/// `:` takes a session id, or the words `audit` and `profile NAME`.
@Suite struct ReducerCommandPromptTests {
    typealias F = Fixtures

    func submit(_ text: String, _ state: inout AppState) -> [Effect] {
        _ = F.reduce(&state, .key(.char(":")))
        for c in text { _ = F.reduce(&state, .key(.char(c))) }
        return F.reduce(&state, .key(.enter))
    }

    @Test func auditAsksForTheLogAndShowsIt() {
        var state = F.loaded()
        #expect(submit("audit", &state) == [.loadAudit])
        #expect(state.modal == nil)
        _ = F.reduce(&state, .auditLoaded(.success(["{\"action\":\"delete session\"}", "bad\u{1B}[2J"])))
        guard case .audit(let entries, 0) = state.modal else { Issue.record("no audit overlay: \(String(describing: state.modal))"); return }
        let lines = entries.map(\.target)
        #expect(lines.count == 2)
        #expect(!lines[1].unicodeScalars.contains { $0.value == 0x1B })
        _ = F.reduce(&state, .key(.escape))
        #expect(state.modal == nil)
    }

    @Test func profileNeedsANameThenSwitches() {
        var state = F.loaded()
        #expect(submit("profile", &state).isEmpty)
        guard case .prompt(let p) = state.modal else { Issue.record("prompt closed"); return }
        #expect(p.problem?.contains("profile NAME") == true)
        _ = F.reduce(&state, .key(.escape))
        #expect(submit("profile prod", &state) == [.openProfile("prod")])
    }

    @Test func anythingElseIsASessionID() {
        var state = F.loaded()
        let effects = submit("7349356945f1-S", &state)
        #expect(effects == [.fetchSession(generation: state.book[.detail].generation, id: "7349356945f1-S")])
        #expect(state.focus == .detail)
    }
}

/// Issue 12, item 10: a malformed id is "not a session id"; an unknown one "not found"; a session seen and gone
/// "no longer exists".
@Suite struct JumpWordsTests {
    typealias F = Fixtures

    func jump(_ text: String, _ state: inout AppState) -> [Effect] {
        _ = F.press(&state, .char(":"))
        _ = F.type(&state, text)
        return F.press(&state, .enter)
    }

    @Test func aMalformedIDIsRefusedInThePrompt() {
        var state = F.loaded()
        #expect(jump("nonsense!!", &state).isEmpty)
        guard case .prompt(let p)? = state.modal else { Issue.record("prompt closed"); return }
        #expect(p.problem?.hasPrefix("not a session id: nonsense!!") == true)
    }

    @Test func anUnknownIDIsNotFound() {
        var state = F.loaded()
        let effects = jump("000000000000-S", &state)
        #expect(effects == [.fetchSession(generation: state.book[.detail].generation, id: "000000000000-S")])
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "000000000000-S",
                                            .failure(.notFound(message: nil)), at: F.t0 + 1))
        #expect(state.messages.last?.text == "no session matches 000000000000-S")
        // The selection goes back where it was: nothing offers the id that never existed.
        #expect(state.sessions.selectedID == "s-alpha" && state.detail.sessionID == "s-alpha" && state.focus == .sessions)
    }

    @Test func aSessionSeenAndGoneNoLongerExists() {
        var state = F.loaded()
        _ = F.reduce(&state, .key(.enter))
        _ = Reducer.fetch(.detail, &state, force: true)
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "s-alpha",
                                            .failure(.notFound(message: nil)), at: F.t0 + 1))
        #expect(state.messages.last?.text == "session s-alpha is gone")
    }
}

/// Issue 12, also seen: `:audit` shows time, profile, action, target and outcome as columns, not raw JSON.
@Suite struct AuditColumnsTests {
    @Test func recordsAreShownAsColumns() {
        var state = Fixtures.loaded()
        let line = #"{"action":"delete session","host":"jump1","latency_ms":12,"outcome":"http 409: busy","profile":"prod","target":"7349356945f1-S","time":"2026-12-01T22:39:10.123Z","user":"ops"}"#
        _ = Fixtures.reduce(&state, .auditLoaded(.success([line])))
        guard case .audit(let entries, _) = state.modal else { Issue.record("no overlay"); return }
        #expect(entries == [AuditEntry(time: "12-01 22:39:10", profile: "prod", action: "delete session",
                                       target: "7349356945f1-S", outcome: "http 409: busy")])
        let screen = Snapshot.render(state, width: 160, height: 48)
        #expect(screen.contains("TIME") && screen.contains("OUTCOME"))
        #expect(screen.contains("12-01 22:39:10") && !screen.contains("\"action\""))
    }

    /// The file keeps UTC; the screen shows the time in the dashboard's zone, as every other time on it (across the
    /// day's end too).
    @Test func theTimeIsShownInTheDashboardsZone() {
        let line = #"{"action":"delete session","outcome":"ok","profile":"prod","target":"a-S","time":"2026-12-01T22:39:10.123Z"}"#
        #expect(AuditEntry(line: line, zone: .fixed(3600)).time == "12-01 23:39:10")
        #expect(AuditEntry(line: line, zone: .fixed(5 * 3600 + 1800)).time == "12-02 04:09:10")
        #expect(AuditEntry(line: line, zone: .fixed(-8 * 3600)).time == "12-01 14:39:10")
    }
}
