import Dashboard
import EdgegapAPI
import Foundation
import Testing
@testable import RelayDeckApp

@Suite struct ScriptMutationTests {
    func gate(yes: Bool = true, tty: Bool = false, readOnly: Bool = false, answer: String? = nil) -> MutationGate {
        MutationGate(yes: yes, stdinIsTerminal: tty, readOnly: readOnly, profileName: "staging") { _ in answer }
    }

    func records(_ path: String) throws -> [AuditRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(AuditRecord.self, from: Data($0.utf8))
        }
    }

    @Test func yesIsRequiredOffATerminalAndNothingIsSent() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let emu = try await EmulatorFixture.start(lobbies: 0)
        let audit = try AuditLog(path: dir.path + "/audit.jsonl", profile: "staging")
        let out = await emu.runner().perform(.createLobby(name: "arena"), gate: gate(yes: false), audit: audit)
        let lobbies = try await emu.client.listLobbies()
        await emu.close()
        #expect(out.exit == .usage && out.stderr.contains("without --yes"))
        #expect(lobbies.isEmpty)
        #expect(try records(dir.path + "/audit.jsonl").isEmpty)
    }

    @Test func terminalPromptNeedsTheWordYes() async throws {
        let emu = try await EmulatorFixture.start(lobbies: 0)
        let refused = await emu.runner().perform(.createLobby(name: "arena"), gate: gate(yes: false, tty: true, answer: "y"), audit: nil)
        let before = try await emu.client.listLobbies()
        let accepted = await emu.runner().perform(.createLobby(name: "arena"), gate: gate(yes: false, tty: true, answer: "yes"), audit: nil)
        let after = try await emu.client.listLobbies()
        await emu.close()
        #expect(refused.exit == .usage && before.isEmpty)
        #expect(accepted.exit == .success && after.map(\.name) == ["arena"])
    }

    @Test func readOnlyProfileRefusesEvenWithYes() async throws {
        let emu = try await EmulatorFixture.start(lobbies: 0)
        let out = await emu.runner().perform(.createLobby(name: "arena"), gate: gate(readOnly: true), audit: nil)
        let lobbies = try await emu.client.listLobbies()
        await emu.close()
        #expect(out.exit == .usage && out.stderr.contains("read-only") && lobbies.isEmpty)
    }

    @Test func oneAuditRecordPerMutationWithOutcomeAndNoKey() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path + "/state/audit.jsonl"
        let emu = try await EmulatorFixture.start(sessions: 2, lobbies: 0)
        let id = try await emu.client.listSessions(page: 1, limit: 1).sessions[0].sessionID
        let audit = try AuditLog(path: path, profile: "staging")
        let ok = await emu.runner().perform(.deleteSession(id: id), gate: gate(), audit: audit)
        let again = await emu.runner().perform(.deleteSession(id: id), gate: gate(), audit: audit)
        let created = await emu.runner(.json).perform(.createLobby(name: "arena"), gate: gate(), audit: audit)
        await emu.close()
        let lost = await emu.runner().perform(.deployLobby(name: "arena"), gate: gate(), audit: audit)
        #expect(ok.exit == .success && again.exit == .api && created.exit == .success)
        #expect(lost.exit == .transport)
        #expect(try JSONDecoder().decode(Lobby.self, from: Data(created.stdout.utf8)).name == "arena")
        let recs = try records(path)
        #expect(recs.map(\.action) == ["delete session", "delete session", "create lobby", "deploy lobby"])
        #expect(recs.allSatisfy { $0.profile == "staging" })
        #expect(recs[0].outcome == "ok" && recs[1].outcome.hasPrefix("http 404") && recs[2].outcome == "ok")
        #expect(recs[3].outcome != "ok")
        let file = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        #expect(!file.contains(EmulatorFixture.key))
        for out in [ok, again, created, lost] { #expect(!(out.stdout + out.stderr).contains(EmulatorFixture.key)) }
    }

    @Test func authorizeAndRevokeRoundTrip() async throws {
        let emu = try await EmulatorFixture.start(sessions: 1, lobbies: 0)
        let s = try await emu.client.listSessions(page: 1, limit: 1).sessions[0]
        let auth = await emu.runner(.json).perform(.authorizeUser(sessionID: s.sessionID, ip: "203.0.113.9"), gate: gate(), audit: nil)
        let after = try await emu.client.session(id: s.sessionID)
        let token = after.sessionUsers.first { $0.ipAddress == "203.0.113.9" }?.authorizationToken
        let revoke = try await emu.runner().perform(.revokeUser(sessionID: s.sessionID, token: #require(token), ip: ""), gate: gate(), audit: nil)
        let final = try await emu.client.session(id: s.sessionID)
        await emu.close()
        #expect(auth.exit == .success && revoke.exit == .success)
        #expect(!final.sessionUsers.contains { $0.ipAddress == "203.0.113.9" })
        // The JSON is the API's authorization: the session and the user added, with its token.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(auth.stdout.utf8)) as? [String: Any])
        let added = try #require(json["session_user"] as? [String: Any])
        #expect(added["ip_address"] as? String == "203.0.113.9")
        #expect((added["authorization_token"] as? NSNumber)?.uint32Value == token)
    }

    @Test func authorizeAsTextShowsTheUserAndItsToken() async throws {
        let emu = try await EmulatorFixture.start(sessions: 1, lobbies: 0)
        let s = try await emu.client.listSessions(page: 1, limit: 1).sessions[0]
        let out = await emu.runner().perform(.authorizeUser(sessionID: s.sessionID, ip: "203.0.113.44"), gate: gate(), audit: nil)
        let token = try await emu.client.session(id: s.sessionID).sessionUsers.first { $0.ipAddress == "203.0.113.44" }?.authorizationToken
        await emu.close()
        #expect(out.exit == .success)
        #expect(out.stdout.contains("USER TOKEN"))
        #expect(out.stdout.contains("203.0.113.44"))
        #expect(out.stdout.contains(String(try #require(token))))
    }

    @Test func requestsAreValidatedBeforeSending() throws {
        #expect(MutationRequest.authorize("s-1", ip: "300.1.1.1").failureText?.hasPrefix("IP: not an IPv4 or IPv6 address") == true)
        #expect(MutationRequest.revoke("s-1", token: "-1").failureText?.hasPrefix("token:") == true)
        #expect(MutationRequest.lobby(.create, name: "bad name").failureText?.hasPrefix("lobby name:") == true)
        #expect(MutationRequest.deleteSession("").failureText == "a session id is required")
        #expect(try MutationRequest.lobby(.terminate, name: "duel-1").get() == .terminateLobby(name: "duel-1"))
        #expect(try MutationRequest.revoke("s-1", token: "42").get() == .revokeUser(sessionID: "s-1", token: 42, ip: ""))
    }
}

extension Result where Failure == UsageProblem {
    var failureText: String? {
        if case .failure(let p) = self { p.description } else { nil }
    }
}

/// Issue 12, item 14: on a production profile the CLI asks for the target's name, not `yes`, and says PRODUCTION.
@Suite struct ProductionGateTests {
    @Test func productionAsksForTheTargetNotYes() {
        let questions = QuestionLog()
        func gate(_ answer: String) -> MutationGate {
            MutationGate(yes: false, stdinIsTerminal: true, readOnly: false, profileName: "prod", production: true) { q in
                questions.add(q)
                return answer
            }
        }
        #expect(gate("yes").refusal(for: "delete session 7349356945f1-S", target: "7349356945f1-S") == "not confirmed: nothing was sent")
        #expect(gate("7349356945f1-S").refusal(for: "delete session 7349356945f1-S", target: "7349356945f1-S") == nil)
        #expect(questions.all.first?.hasPrefix("PRODUCTION profile prod: delete session 7349356945f1-S?") == true)
        #expect(questions.all.first?.contains("Type 7349356945f1-S to confirm") == true)
        let staging = MutationGate(yes: false, stdinIsTerminal: true, readOnly: false, profileName: "staging") { _ in "yes" }
        #expect(staging.refusal(for: "delete session x", target: "x") == nil)
    }
}

/// The questions a gate asked, in order.
final class QuestionLog: @unchecked Sendable {
    private var questions: [String] = []
    func add(_ q: String) { questions.append(q) }
    var all: [String] { questions }
}

/// Issue 12, item 10: looking up an existing lobby does not apply the rule for naming a new one.
@Suite struct LookupNameTests {
    @Test func lookupsTakeAnyNameTheAPIHasCreatesFollowTheRule() {
        #expect(MutationRequest.lobby(.create, name: "../x").failureText?.hasPrefix("lobby name:") == true)
        #expect(MutationRequest.lobby(.delete, name: "../x").failureText == nil)
        #expect(MutationRequest.lobby(.deploy, name: "").failureText?.hasPrefix("lobby name:") == true)
        #expect(InputRules.existingNameProblem("a\u{1B}b") != nil)
    }
}
