import EdgegapEmulator
import Testing

@Suite struct AuthTests {
    @Test func missingHeaderIs401() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let answer = try await emulator.send(.GET, "/v1/relays/sessions", key: nil)
            #expect(answer.status == 401)
            #expect(answer.message?.isEmpty == false)
        }
    }

    @Test(arguments: ["test-key", "Bearer test-key", "token", "token  test-key", "token test key"])
    func malformedHeaderIs401(_ header: String) async throws {
        try await EmulatorHarness.with { emulator async throws in
            let answer = try await emulator.send(.GET, "/v1/lobbies", authorization: header)
            #expect(answer.status == 401)
        }
    }

    @Test func unknownKeyIs403AndNeverEchoed() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let answer = try await emulator.send(.POST, "/v1/relays/sessions", json: #"{"users":[{"ip":"1.1.1.1"}]}"#,
                                                 key: "wrong-secret-key")
            #expect(answer.status == 403)
            #expect(!answer.text.contains("wrong-secret-key"))
        }
    }

    @Test func knownKeyPasses() async throws {
        try await EmulatorHarness.with { emulator async throws in
            #expect(try await emulator.send(.GET, "/v1/relays/sessions").status == 200)
            #expect(try await emulator.send(.GET, "/v1/lobbies", authorization: "Token test-key").status == 200)
        }
    }

    @Test func unknownRouteIs404AfterAuth() async throws {
        try await EmulatorHarness.with { emulator async throws in
            #expect(try await emulator.send(.GET, "/v1/nothing").status == 404)
            #expect(try await emulator.send(.GET, "/v1/relays/other").status == 404)
            #expect(try await emulator.send(.PUT, "/v1/relays/sessions").status == 405)
        }
    }
}
