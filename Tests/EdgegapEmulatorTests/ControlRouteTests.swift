import EdgegapEmulator
import Testing

@Suite struct ControlRouteTests {
    @Test func faultsRoundTripAndHeal() async throws {
        try await EmulatorHarness.with { emulator async throws in
            let put = try await emulator.send(.PUT, "/_emulator/faults", json: #"{"error_rate_503":1,"retry_after":3,"latency_ms":5,"forbidden_keys":["x"]}"#, key: nil)
            #expect(put.status == 200)
            #expect(await emulator.store.currentFaults().errorRate503 == 1)
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 503)
            let got = try await emulator.send(.GET, "/_emulator/faults", key: nil)
            #expect(got.json["error_rate_503"] as? Double == 1)
            #expect(got.json["latency_ms"] as? Int == 5)
            #expect(got.json["forbidden_key_count"] as? Int == 1)
            #expect(!got.text.contains(#""x""#))
            #expect(try await emulator.send(.DELETE, "/_emulator/faults", key: nil).status == 200)
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 200)
            #expect(try await emulator.send(.PUT, "/_emulator/faults", json: #"{"rate_429":2}"#, key: nil).status == 400)
        }
    }

    /// A fault the emulator does not know is a typo, not "no fault": refused, naming it and the ones there are, and the
    /// faults in force stay as they were.
    @Test func anUnknownFaultIsRefusedByName() async throws {
        try await EmulatorHarness.with { emulator async throws in
            _ = try await emulator.send(.PUT, "/_emulator/faults", json: #"{"latency_ms":5}"#, key: nil)
            let typo = try await emulator.send(.PUT, "/_emulator/faults", json: #"{"error_rate":0.3,"latency_ms":9}"#, key: nil)
            #expect(typo.status == 400)
            let message = typo.json["message"] as? String ?? ""
            #expect(message.contains("Unknown fault 'error_rate'") && message.contains("error_rate_500"))
            #expect(await emulator.store.currentFaults().latency == .milliseconds(5))
            // What GET answers can be sent back as it is (its counts of key sets included).
            let got = try await emulator.send(.GET, "/_emulator/faults", key: nil)
            #expect(try await emulator.send(.PUT, "/_emulator/faults", json: got.text, key: nil).status == 200)
        }
    }

    @Test func statsCountRequestsAndPopulation() async throws {
        try await EmulatorHarness.with({ $0.sessions = 4; $0.lobbies = 2 }) { emulator async throws in
            _ = try await emulator.send(.GET, "/v1/lobbies")
            _ = try await emulator.send(.GET, "/v1/relays/sessions", key: nil)
            let stats = try await emulator.send(.GET, "/_emulator/stats", key: nil).json
            #expect(stats["requests_served"] as? Int == 2)
            #expect(stats["sessions"] as? Int == 4)
            #expect(stats["lobbies"] as? Int ?? 0 >= 1)
        }
    }

    @Test func resetRebuildsTheScenarioAndAdvanceMovesTheClock() async throws {
        try await EmulatorHarness.with({ $0.sessions = 5 }) { emulator async throws in
            let ids = await emulator.store.sessionIDs()
            _ = try await emulator.createSession()
            #expect(await emulator.store.sessionCount == 6)
            #expect(try await emulator.send(.POST, "/_emulator/reset", key: nil).status == 200)
            #expect(await emulator.store.sessionIDs() == ids)
            let advanced = try await emulator.send(.POST, "/_emulator/advance?ms=2500", key: nil)
            #expect(advanced.json["clock_ms"] as? Int == 2500)
            #expect(try await emulator.send(.POST, "/_emulator/advance?ms=-1", key: nil).status == 400)
            #expect(try await emulator.send(.GET, "/_emulator/nothing", key: nil).status == 404)
        }
    }
}
