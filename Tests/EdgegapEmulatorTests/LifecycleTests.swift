import EdgegapEmulator
import Testing

@Suite struct LifecycleTests {
    @Test func sessionBecomesReadyAfterReadyDelay() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let id = try await emulator.createSession(["1.1.1.1", "8.8.4.4", "1.1.1.1"])
            await emulator.store.advance(by: .milliseconds(1999))
            #expect(try await emulator.send(.GET, "/v1/relays/sessions/\(id)").json["status"] as? String == "Initializing")
            await emulator.store.advance(by: .milliseconds(1))
            let json = try await emulator.send(.GET, "/v1/relays/sessions/\(id)").json
            #expect(json["status"] as? String == "READY")
            #expect(json["ready"] as? Bool == true)
            #expect(json["linked"] as? Bool == true)
            #expect(json["authorization_token"] is Int)
            let hex = String(id.dropLast(2))
            let relay = try #require(json["relay"] as? [String: Any])
            #expect(relay["host"] as? String == "\(hex).st.edgegap.net")
            let ports = try #require(relay["ports"] as? [String: [String: Any]])
            let server = try #require(ports["server"]?["port"] as? Int)
            #expect(ports["server"]?["link"] as? String == "\(hex).st.edgegap.net:\(server)")
            #expect(ports["client"]?["port"] as? Int == server + 1)
            #expect(ports["client"]?["protocol"] as? String == "UDP")
            let users = try #require(json["session_users"] as? [[String: Any]])
            #expect(users.map { $0["ip_address"] as? String } == ["1.1.1.1", "8.8.4.4", "1.1.1.1"])
            #expect(users.allSatisfy { $0["authorization_token"] is Int && $0["latitude"] is Double })
        }
    }

    @Test func failureRateOneFailsEverySession() async throws {
        try await EmulatorHarness.with({ $0.failureRate = 1 }) { emulator async throws in
            let id = try await emulator.createSession()
            await emulator.store.advance(by: .seconds(5))
            let json = try await emulator.send(.GET, "/v1/relays/sessions/\(id)").json
            #expect(json["ready"] as? Bool == false)
            #expect((json["error"] as? String)?.isEmpty == false)
            #expect(json["relay"] == nil)
        }
    }

    @Test func tokensSpanTheWholeUInt32Range() async throws {
        try await EmulatorHarness.with({ $0.sessions = 200 }) { emulator async throws in
            await emulator.store.advance(by: .seconds(60))
            let page = try await emulator.send(.GET, "/v1/relays/sessions?limit=100").json
            let tokens = (page["sessions"] as? [[String: Any]] ?? []).compactMap { $0["authorization_token"] as? Int }
            #expect(tokens.contains { $0 > Int(Int32.max) })
            #expect(tokens.allSatisfy { $0 >= 0 && $0 <= Int(UInt32.max) })
        }
    }

    @Test func lobbyLifecycle() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let created = try await emulator.send(.POST, "/v1/lobbies", json: #"{"name":"my_lobby"}"#)
            #expect(created.status == 200)
            #expect(created.json["status"] as? String == "Released")
            #expect(created.json["url"] as? String == "")
            #expect(try await emulator.send(.POST, "/v1/lobbies", json: #"{"name":"my_lobby"}"#).status == 409)
            #expect(try await emulator.send(.POST, "/v1/lobbies:terminate", json: #"{"name":"my_lobby"}"#).status == 409)

            let deploying = try await emulator.send(.POST, "/v1/lobbies:deploy", json: #"{"name":"my_lobby"}"#)
            #expect(deploying.status == 202)
            #expect(deploying.json["status"] as? String == "Deploying")
            #expect(try await emulator.send(.POST, "/v1/lobbies:deploy", json: #"{"name":"my_lobby"}"#).status == 409)
            await emulator.store.advance(by: .seconds(3))
            let ready = try await emulator.send(.GET, "/v1/lobbies/my_lobby").json
            #expect(ready["status"] as? String == "READY")
            #expect(ready["url"] as? String == "https://my-lobby.lobby.edgegap.net")

            let terminating = try await emulator.send(.POST, "/v1/lobbies:terminate", json: #"{"name":"my_lobby"}"#)
            #expect(terminating.status == 202)
            #expect(terminating.json["status"] as? String == "Terminating")
            await emulator.store.advance(by: .seconds(2))
            #expect(try await emulator.send(.GET, "/v1/lobbies/my_lobby").status == 404)
            #expect(try await emulator.send(.POST, "/v1/lobbies:deploy", json: #"{"name":"my_lobby"}"#).status == 404)
        }
    }

    @Test func lobbyDeleteAnswersLastStateAndListShape() async throws {
        try await EmulatorHarness.with { emulator async throws in
            _ = try await emulator.send(.POST, "/v1/lobbies", json: #"{"name":"a"}"#)
            _ = try await emulator.send(.POST, "/v1/lobbies", json: #"{"name":"b"}"#)
            _ = try await emulator.send(.POST, "/v1/lobbies:deploy", json: #"{"name":"b"}"#)
            let list = try await emulator.send(.GET, "/v1/lobbies").json
            #expect((list["data"] as? [[String: Any]])?.map { $0["name"] as? String } == ["a", "b"])
            #expect(list["total_count"] as? Int == 2)
            #expect(list["pagination"] is [String: Any])
            let deleted = try await emulator.send(.DELETE, "/v1/lobbies/b")
            #expect(deleted.status == 200)
            #expect(deleted.json["status"] as? String == "Deploying")
            #expect(try await emulator.send(.DELETE, "/v1/lobbies/b").status == 404)
        }
    }

    @Test(arguments: [#"{"name":""}"#, #"{"name":"has space"}"#, #"{"name":"a/b"}"#, #"{}"#, #"{"name":7}"#])
    func invalidLobbyNameIs400(_ body: String) async throws {
        try await EmulatorHarness.with { emulator async throws in
            #expect(try await emulator.send(.POST, "/v1/lobbies", json: body).status == 400)
        }
    }

    @Test func percentEncodedNameIsOneSegment() async throws {
        try await EmulatorHarness.with { emulator async throws in
            _ = try await emulator.send(.POST, "/v1/lobbies", json: #"{"name":"b"}"#)
            // `a/../b?x#y` encoded: must be looked up as that exact name, never as lobby `b` or another route.
            let answer = try await emulator.send(.GET, "/v1/lobbies/a%2F..%2Fb%3Fx%23y")
            #expect(answer.status == 404)
            #expect(try await emulator.send(.DELETE, "/v1/lobbies/a%2F..%2Fb").status == 404)
            #expect(try await emulator.send(.GET, "/v1/lobbies/b").status == 200)
            #expect(try await emulator.send(.GET, "/v1/lobbies/%62").json["name"] as? String == "b")
            #expect(try await emulator.send(.GET, "/v1/lobbies/%zz").status == 404)
        }
    }
}
