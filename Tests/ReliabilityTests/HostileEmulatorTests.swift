import EdgegapAPI
import EdgegapEmulator
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The hostile mode itself: every dressed field carries corpus text, ids and names stay usable, off is off.
@Suite struct HostileEmulatorTests {
    func start(hostile: Bool) async throws -> (EmulatorServer, EdgegapClient) {
        var config = EmulatorConfig(apiKeys: ["k"], sessions: 12, lobbies: 3, seed: 5, manualClock: true)
        config.hostile = hostile
        let server = try await EmulatorServer.start(config)
        // A generous limit: the hostile pages are large (10k-character fields), and a request that timed out under a
        // loaded machine would throw past the shutdown below and end the whole test run in HTTPClient's deinit check.
        return (server, EdgegapClient(baseURL: server.baseURL, apiKey: APIKey("k"), options: ClientOptions(requestTimeout: .seconds(60))))
    }

    /// Runs `body` against a started emulator and client, and always shuts both down (a throw included: a client
    /// dropped without `shutdown` ends the whole test run in HTTPClient's deinit check).
    func with<T>(hostile: Bool, _ body: (EmulatorServer, EdgegapClient) async throws -> T) async throws -> T {
        let (server, client) = try await start(hostile: hostile)
        let outcome: Result<T, any Error>
        do { outcome = .success(try await body(server, client)) } catch { outcome = .failure(error) }
        await client.shutdown()
        await server.stop()
        return try outcome.get()
    }

    func isDressed(_ text: String) -> Bool { HostileCorpus.entries.contains { text.hasSuffix($0) } }

    @Test func everyStringFieldButIdsIsDressed() async throws {
        let (page, lobbies) = try await with(hostile: true) { server, client in
            await server.store.advance(by: .seconds(30))
            return (try await client.listSessions(page: 1, limit: 100), try await client.listLobbies())
        }
        #expect(page.sessions.count == 15)
        for s in page.sessions {
            #expect(isDressed(s.status), "\(s.status.debugDescription)")
            #expect(s.sessionUsers.allSatisfy { isDressed($0.ipAddress) })
            if let relay = s.relay {
                #expect(isDressed(relay.host ?? "") && isDressed(relay.ip ?? "") && isDressed(relay.ports?.server?.link ?? ""))
            }
            if let e = s.error { #expect(isDressed(e)) }
        }
        #expect(lobbies.count == 9)
        #expect(lobbies.allSatisfy { isDressed($0.status) })
        #expect(lobbies.contains { $0.name == "a/../b?x#y" })
    }

    @Test func oddIdsAndNamesAreUsableThroughTheClient() async throws {
        let (server, client) = try await start(hostile: true)
        var ids: [String] = [], names: [String] = []
        for id in ["odd/../id?x#y-S", "space id%2F-S", "\u{1B}[31mesc-S"] {
            if let s = try? await client.session(id: id) { ids.append(s.sessionID) }
        }
        for name in ["a/../b?x#y", "100% off", "名前-ロビー", "\u{1B}[2Jwipe", "dot.", ".."] {
            if let l = try? await client.lobby(name: name) { names.append(l.name) }
        }
        await client.shutdown()
        await server.stop()
        #expect(ids == ["odd/../id?x#y-S", "space id%2F-S", "\u{1B}[31mesc-S"])
        #expect(names == ["a/../b?x#y", "100% off", "名前-ロビー", "\u{1B}[2Jwipe", "dot.", ".."])
    }

    @Test func offLeavesResponsesAlone() async throws {
        let page = try await with(hostile: false) { _, client in try await client.listSessions(page: 1, limit: 100) }
        #expect(page.sessions.count == 12)
        #expect(!page.sessions.contains { isDressed($0.status) || $0.sessionUsers.contains { isDressed($0.ipAddress) } })
    }

    @Test func controlRouteTogglesIt() async throws {
        let (on, off) = try await with(hostile: false) { server, client in
            var request = URLRequest(url: URL(string: server.baseURL + "/_emulator/hostile")!)
            request.httpMethod = "PUT"
            request.httpBody = Data(#"{"hostile":true}"#.utf8)
            _ = try await URLSession.shared.data(for: request)
            let on = try await client.listLobbies()
            request.httpMethod = "DELETE"
            request.httpBody = nil
            _ = try await URLSession.shared.data(for: request)
            return (on, try await client.listLobbies())
        }
        #expect(on.allSatisfy { isDressed($0.status) })
        #expect(!off.contains { isDressed($0.status) })
        #expect(on.count == off.count && on.count == 9)
    }
}
