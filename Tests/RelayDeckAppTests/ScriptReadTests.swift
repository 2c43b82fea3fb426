import EdgegapAPI
import Foundation
import Testing
@testable import RelayDeckApp

@Suite struct ScriptReadTests {
    @Test func sessionsTableHasAHeaderARowEachAndThePageLine() async throws {
        let emu = try await EmulatorFixture.start(sessions: 5)
        let page = try await emu.client.listSessions(page: 1, limit: 3)
        let out = await emu.runner().listSessions(page: 1, limit: 3, all: false)
        await emu.close()
        #expect(out.exit == .success && out.stderr.isEmpty)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("SESSION         STATUS"))
        #expect(zip(lines[1...3], page.sessions).allSatisfy { $0.hasPrefix($1.sessionID + "  ") })
        #expect(lines[4] == "page 1/2 · 5 sessions")
    }

    @Test func sessionsJSONIsTheWirePageWithSortedKeys() async throws {
        let emu = try await EmulatorFixture.start(sessions: 4)
        let out = await emu.runner(.json).listSessions(page: 1, limit: 2, all: false)
        let direct = try await emu.client.listSessions(page: 1, limit: 2)
        await emu.close()
        #expect(out.exit == .success)
        let decoded = try JSONDecoder().decode(SessionPage.self, from: Data(out.stdout.utf8))
        #expect(decoded == direct)
        #expect(out.stdout.contains("\"session_id\"") && out.stdout.contains("\"total_count\" : 4"))
        let keys = out.stdout.split(separator: "\n").prefix(4).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(keys == ["{", "\"pagination\" : {", "\"has_next\" : true,", "\"has_previous\" : false,"])
    }

    @Test func allPagesAsCSV() async throws {
        let emu = try await EmulatorFixture.start(sessions: 7)
        let out = await emu.runner(.csv).listSessions(page: nil, limit: 3, all: true)
        await emu.close()
        let records = out.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(out.exit == .success)
        #expect(records.first == "SESSION,STATUS,READY,LINKED,USERS,RELAY,SERVER,CLIENT,ERROR")
        #expect(records.count == 8)
        let ids: [String] = records.dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(Set(ids).count == 7)
    }

    @Test func allPagesAsJSONIsAnArray() async throws {
        let emu = try await EmulatorFixture.start(sessions: 5)
        let out = await emu.runner(.json).listSessions(page: nil, limit: 2, all: true)
        await emu.close()
        #expect(try JSONDecoder().decode([RelaySession].self, from: Data(out.stdout.utf8)).count == 5)
    }

    @Test func lobbiesInEveryFormat() async throws {
        let emu = try await EmulatorFixture.start(lobbies: 3)
        let lobbies = try await emu.client.listLobbies()
        let table = await emu.runner().listLobbies()
        let json = await emu.runner(.json).listLobbies()
        let one = await emu.runner(.json).getLobby(name: lobbies[0].name)
        await emu.close()
        #expect(table.stdout.split(separator: "\n").count == 4 && table.stdout.hasPrefix("LOBBY"))
        #expect(try JSONDecoder().decode([Lobby].self, from: Data(json.stdout.utf8)) == lobbies)
        #expect(try JSONDecoder().decode(Lobby.self, from: Data(one.stdout.utf8)) == lobbies[0])
    }

    @Test func sessionDetailShowsFieldsAndUsers() async throws {
        let emu = try await EmulatorFixture.start(sessions: 1)
        let s = try await emu.client.listSessions(page: 1, limit: 1).sessions[0]
        let out = await emu.runner().getSession(id: s.sessionID)
        await emu.close()
        #expect(out.stdout.contains("session     \(s.sessionID)"))
        #expect(out.stdout.contains("#  IP") || s.sessionUsers.isEmpty)
        for u in s.sessionUsers { #expect(out.stdout.contains(u.ipAddress)) }
    }

    @Test func notFoundExitsThree() async throws {
        let emu = try await EmulatorFixture.start()
        let s = await emu.runner().getSession(id: "nope-S")
        let l = await emu.runner().getLobby(name: "nope")
        await emu.close()
        #expect(s.exit == .api && s.stdout.isEmpty && s.stderr.hasPrefix("relaydeck: not found"))
        #expect(l.exit == .api)
    }

    @Test func transportFailureExitsFour() async throws {
        let emu = try await EmulatorFixture.start()
        await emu.close()
        let out = await emu.runner().listLobbies()
        #expect(out.exit == .transport)
    }

    @Test func badInputsAreUsageErrorsBeforeSending() async throws {
        let emu = try await EmulatorFixture.start()
        let id = await emu.runner().getSession(id: "a b")
        let lobby = await emu.runner().getLobby(name: "bad\u{1B}name")
        // A lookup takes any name the API may have (issue 12, item 10): `../x` is sent, encoded, and is not found.
        let odd = await emu.runner().getLobby(name: "../x")
        await emu.close()
        #expect(id.exit == .usage && lobby.exit == .usage)
        #expect(odd.exit == .api && odd.stderr.contains("not found"))
    }
}
