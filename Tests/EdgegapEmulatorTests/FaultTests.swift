import AsyncHTTPClient
import EdgegapEmulator
import Foundation
import Testing

@Suite struct FaultTests {
    @Test func statusFaults() async throws {
        try await EmulatorHarness.with { emulator async throws in
            await emulator.server.setFaults(FaultConfig(errorRate500: 1))
            let five = try await emulator.send(.GET, "/v1/relays/sessions")
            #expect(five.status == 500)
            #expect(five.message != nil)
            await emulator.server.setFaults(FaultConfig(errorRate503: 1))
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 503)
            await emulator.server.setFaults(FaultConfig(rate429: 1, retryAfter: 7))
            let limited = try await emulator.send(.GET, "/v1/lobbies")
            #expect(limited.status == 429)
            #expect(limited.header("Retry-After") == "7")
            await emulator.server.setFaults(FaultConfig(rate429: 1))
            let bare = try await emulator.send(.GET, "/v1/lobbies")
            #expect(bare.status == 429)
            #expect(bare.header("Retry-After") == nil)
            await emulator.server.setFaults(FaultConfig())
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 200)
        }
    }

    @Test func ratesAreProbabilities() async throws {
        try await EmulatorHarness.with { emulator async throws in
            await emulator.server.setFaults(FaultConfig(errorRate500: 0.5))
            var failures = 0
            for _ in 0..<60 where try await emulator.send(.GET, "/v1/lobbies").status == 500 { failures += 1 }
            #expect((10...50).contains(failures))
        }
    }

    @Test func malformedJSONKeeps200ButDoesNotParse() async throws {
        try await EmulatorHarness.with({ $0.sessions = 3 }) { emulator async throws in
            await emulator.server.setFaults(FaultConfig(malformedJSONRate: 1))
            let answer = try await emulator.send(.GET, "/v1/relays/sessions")
            #expect(answer.status == 200)
            #expect((try? JSONSerialization.jsonObject(with: Data(answer.body))) == nil)
        }
    }

    @Test func wrongTypesKeepWellFormedJSONWithEveryScalarSwapped() async throws {
        try await EmulatorHarness.with({ $0.sessions = 3 }) { emulator async throws in
            await emulator.server.setFaults(FaultConfig(wrongTypesRate: 1))
            let answer = try await emulator.send(.GET, "/v1/relays/sessions")
            #expect(answer.status == 200)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
            #expect(object["total_count"] as? String == "3")
            let first = try #require((object["sessions"] as? [[String: Any]])?.first)
            #expect(first["session_id"] as? Int == 0)
            #expect(first["ready"] as? String == "yes")
        }
    }

    @Test func truncatedBodyFailsTheRead() async throws {
        try await EmulatorHarness.with({ $0.sessions = 3 }) { emulator async throws in
            await emulator.server.setFaults(FaultConfig(truncatedBodyRate: 1))
            await #expect(throws: (any Error).self) { try await emulator.send(.GET, "/v1/relays/sessions") }
        }
    }

    @Test func droppedConnectionGivesNoResponse() async throws {
        try await EmulatorHarness.with { emulator async throws in
            await emulator.server.setFaults(FaultConfig(dropConnectionRate: 1))
            await #expect(throws: (any Error).self) { try await emulator.send(.GET, "/v1/lobbies") }
            await emulator.server.setFaults(FaultConfig())
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 200)
        }
    }

    @Test func oversizedBodyIsHugeValidJSON() async throws {
        try await EmulatorHarness.with { emulator async throws in
            await emulator.server.setFaults(FaultConfig(oversizedBodyRate: 1, oversizedBodyBytes: 3 << 20))
            let answer = try await emulator.send(.GET, "/v1/relays/sessions")
            #expect(answer.status == 200)
            #expect(answer.body.count == 3 << 20)
            #expect(answer.json["sessions"] is [Any])
        }
    }

    @Test func slowDripAndLatencyDelayTheAnswer() async throws {
        try await EmulatorHarness.with({ $0.sessions = 2 }) { emulator async throws in
            let fast = try await emulator.send(.GET, "/v1/relays/sessions")
            await emulator.server.setFaults(FaultConfig(slowDrip: fast.body.count * 2))
            let clock = ContinuousClock()
            let dripped = try await clock.measure {
                let answer = try await emulator.send(.GET, "/v1/relays/sessions")
                let identical = answer.body == fast.body
                #expect(identical, "dripped body differs from the undripped one")
            }
            #expect(dripped >= .milliseconds(300))
            await emulator.server.setFaults(FaultConfig(latency: .milliseconds(300)))
            let delayed = try await clock.measure { _ = try await emulator.send(.GET, "/v1/lobbies") }
            #expect(delayed >= .milliseconds(300))
        }
    }

    @Test func perKeyRateLimitThrottlesBeyondTheLimit() async throws {
        try await EmulatorHarness.with { emulator async throws in
            await emulator.server.setFaults(FaultConfig(perKeyRateLimit: 3))
            var statuses: [Int] = []
            for _ in 0..<6 { statuses.append(try await emulator.send(.GET, "/v1/lobbies").status) }
            // Manual clock: all six fall in one emulated second.
            #expect(statuses == [200, 200, 200, 429, 429, 429])
            await emulator.store.advance(by: .seconds(1))
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 200)
        }
    }

    @Test func keyTurnsBadMidRun() async throws {
        try await EmulatorHarness.with { emulator async throws in
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 200)
            await emulator.server.setFaults(FaultConfig(unauthorizedKeys: [EmulatorHarness.key]))
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 401)
            await emulator.server.setFaults(FaultConfig(forbiddenKeys: [EmulatorHarness.key]))
            #expect(try await emulator.send(.GET, "/v1/lobbies").status == 403)
        }
    }
}
