import EdgegapEmulator
import Testing

@Suite struct RelayRouteTests {
    @Test func createAnswersInitializingWithoutNullFields() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let answer = try await emulator.send(.POST, "/v1/relays/sessions",
                                                 json: #"{"users":[{"ip":"1.1.1.1"},{"ip":"2001:db8::1"}],"filters":[{"field":"location","values":["CA"],"filter_type":"any"}]}"#)
            #expect(answer.status == 200)
            let json = answer.json
            let id = try #require(json["session_id"] as? String)
            #expect(id.wholeMatch(of: /[0-9a-f]{12}-S/) != nil)
            #expect(json["status"] as? String == "Initializing")
            #expect(json["ready"] as? Bool == false)
            #expect(json["linked"] as? Bool == false)
            for absent in ["relay", "error", "authorization_token"] { #expect(json[absent] == nil, "\(absent)") }
            let users = try #require(json["session_users"] as? [[String: Any]])
            #expect(users.map { $0["ip_address"] as? String } == ["1.1.1.1", "2001:db8::1"])
            #expect(users.allSatisfy { $0["authorization_token"] == nil })
        }
    }

    @Test func getListAndDelete() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let id = try await emulator.createSession()
            let got = try await emulator.send(.GET, "/v1/relays/sessions/\(id)")
            #expect(got.status == 200)
            #expect(got.json["session_id"] as? String == id)
            let list = try await emulator.send(.GET, "/v1/relays/sessions")
            #expect((list.json["sessions"] as? [[String: Any]])?.first?["session_id"] as? String == id)
            #expect(list.json["total_count"] as? Int == 1)
            let deleted = try await emulator.send(.DELETE, "/v1/relays/sessions/\(id)")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)
            #expect(try await emulator.send(.GET, "/v1/relays/sessions/\(id)").status == 404)
            #expect(try await emulator.send(.DELETE, "/v1/relays/sessions/\(id)").status == 404)
        }
    }

    @Test func authorizeAddsUserThenConflictsOnSameIP() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let id = try await emulator.createSession(["1.1.1.1"])
            await emulator.store.advance(by: .seconds(3))
            let body = #"{"session_id":"\#(id)","user_ip":"8.8.8.8"}"#
            let answer = try await emulator.send(.POST, "/v1/relays/sessions:authorize-user", json: body)
            #expect(answer.status == 200)
            #expect(answer.json["session_id"] as? String == id)
            let user = try #require(answer.json["session_user"] as? [String: Any])
            #expect(user["ip_address"] as? String == "8.8.8.8")
            #expect(user["authorization_token"] is Int)
            // The spec's authorize answer carries `session_user`, not the `session_users` list.
            #expect(answer.json["session_users"] == nil)
            let after = try await emulator.send(.GET, "/v1/relays/sessions/\(id)")
            #expect((after.json["session_users"] as? [[String: Any]])?.count == 2)
            let again = try await emulator.send(.POST, "/v1/relays/sessions:authorize-user", json: body)
            #expect(again.status == 409)
            let unknown = try await emulator.send(.POST, "/v1/relays/sessions:authorize-user",
                                                  json: #"{"session_id":"000000000000-S","user_ip":"8.8.8.8"}"#)
            #expect(unknown.status == 404)
        }
    }

    @Test func revokeRemovesTheUserHoldingTheToken() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let id = try await emulator.createSession(["1.1.1.1", "9.9.9.9"])
            await emulator.store.advance(by: .seconds(3))
            let ready = try await emulator.send(.GET, "/v1/relays/sessions/\(id)")
            let users = try #require(ready.json["session_users"] as? [[String: Any]])
            let token = try #require(users[1]["authorization_token"] as? Int)
            let answer = try await emulator.send(.POST, "/v1/relays/sessions:revoke-user",
                                                 json: #"{"session_id":"\#(id)","authorization_token":\#(token)}"#)
            #expect(answer.status == 200)
            #expect((answer.json["session_users"] as? [[String: Any]])?.map { $0["ip_address"] as? String } == ["1.1.1.1"])
            let again = try await emulator.send(.POST, "/v1/relays/sessions:revoke-user",
                                                json: #"{"session_id":"\#(id)","authorization_token":\#(token)}"#)
            #expect(again.status == 404)
        }
    }

    @Test(arguments: [
        ("{not json", "Malformed"),
        (#"{"users":[]}"#, "users"),
        (#"{}"#, "users"),
        (#"{"users":[{"ip":"300.1.1.1"}]}"#, "users[0].ip"),
        (#"{"users":[{"ip":"1.1.1.1:80"}]}"#, "users[0].ip"),
        (#"{"users":[{"ip":"gg::1"}]}"#, "users[0].ip"),
        (#"{"users":[{"ip":"1.1.1.1"}],"filters":[{"field":"city","values":["x"],"filter_type":"some"}]}"#, "filter_type"),
        (#"{"users":[{"ip":"1.1.1.1"}],"filters":[{"field":"city","values":["x"]}]}"#, "filter_type"),
        (#"{"users":"1.1.1.1"}"#, "users"),
        (#"{"users":[{"ip":1}]}"#, "ip"),
        (#"[]"#, "object"),
    ])
    func createValidation(_ body: String, _ hint: String) async throws {
        try await EmulatorHarness.with { emulator async throws in
            let answer = try await emulator.send(.POST, "/v1/relays/sessions", json: body)
            #expect(answer.status == 400)
            #expect(answer.message?.contains(hint) == true, "\(answer.message ?? "nil")")
        }
    }

    @Test func authorizeAndRevokeValidation() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let id = try await emulator.createSession()
            let badIP = try await emulator.send(.POST, "/v1/relays/sessions:authorize-user",
                                                json: #"{"session_id":"\#(id)","user_ip":"not-an-ip"}"#)
            #expect(badIP.status == 400)
            let missing = try await emulator.send(.POST, "/v1/relays/sessions:authorize-user", json: #"{"session_id":"\#(id)"}"#)
            #expect(missing.status == 400)
            #expect(missing.message?.contains("user_ip") == true)
            let negative = try await emulator.send(.POST, "/v1/relays/sessions:revoke-user",
                                                   json: #"{"session_id":"\#(id)","authorization_token":-5}"#)
            #expect(negative.status == 400)
            #expect(negative.message?.contains("range") == true, "\(negative.message ?? "nil")")
            let huge = try await emulator.send(.POST, "/v1/relays/sessions:revoke-user",
                                               json: #"{"session_id":"\#(id)","authorization_token":4294967296}"#)
            #expect(huge.status == 400)
            let text = try await emulator.send(.POST, "/v1/relays/sessions:revoke-user",
                                               json: #"{"session_id":"\#(id)","authorization_token":"12"}"#)
            #expect(text.status == 400)
        }
    }
}
