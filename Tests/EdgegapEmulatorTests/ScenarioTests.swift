import EdgegapAPI
import EdgegapEmulator
import Testing

@Suite struct ScenarioTests {
    @Test func sameSeedSamePopulation() async throws {
        let config = EmulatorConfig(apiKeys: ["k"], sessions: 300, lobbies: 20, seed: 42, manualClock: true)
        let one = await EmulatorStore(config: config)
        let two = await EmulatorStore(config: config)
        #expect(await one.sessionIDs() == (await two.sessionIDs()))
        #expect(await one.sessionPage(page: 3, limit: 50) == (await two.sessionPage(page: 3, limit: 50)))
        #expect(await one.allLobbies() == (await two.allLobbies()))
        var other = config
        other.seed = 43
        #expect(await EmulatorStore(config: other).sessionIDs() != (await one.sessionIDs()))
    }

    @Test func populationIsMixedAndPlausible() async throws {
        let store = await EmulatorStore(config: EmulatorConfig(sessions: 1000, lobbies: 50, seed: 7, manualClock: true))
        let page = await store.sessionPage(page: 1, limit: 1000)
        let ready = page.sessions.filter(\.ready)
        let failed = page.sessions.filter { $0.error != nil }
        let initializing = page.sessions.filter { !$0.ready && $0.error == nil }
        #expect(ready.count > 700)
        #expect(failed.count > 10)
        #expect(initializing.count > 10)
        #expect(ready.allSatisfy { $0.relay != nil && $0.sessionUsers.allSatisfy { $0.latitude != nil } })
        #expect(Set(page.sessions.map(\.sessionID)).count == 1000)
        let statuses = Set(await store.allLobbies().map(\.status))
        #expect(statuses.isSuperset(of: ["Released", "READY"]))
        #expect(statuses.count >= 4)
    }

    @Test func hundredThousandSessionsServeAPage() async throws {
        try await EmulatorHarness.with({ $0.sessions = 100_000 }) { emulator async throws in
            let started = ContinuousClock.now
            let answer = try await emulator.send(.GET, "/v1/relays/sessions?page=1234&limit=50")
            let elapsed = started.duration(to: .now)
            #expect(answer.status == 200)
            let page = try JSONDecoder().decode(SessionPage.self, from: Data(answer.body))
            let ids = await emulator.store.sessionIDs()
            #expect(page.sessions.map(\.sessionID) == Array(ids[(1233 * 50)..<(1234 * 50)]))
            #expect(page.totalCount == 100_000)
            #expect(page.pagination.paginator.numPages == 2000)
            print("100k store: page 1234 of 50 served in \(elapsed)")
        }
    }

    @Test func churnMovesThePopulationAndStopsWithTheServer() async throws {
        let server = try await EmulatorServer.start(EmulatorConfig(apiKeys: ["k"], sessions: 20, lobbies: 5,
                                                                   churn: true, churnInterval: .milliseconds(20)))
        let before = await server.store.sessionIDs()
        let deadline = ContinuousClock.now + .seconds(10)
        while await server.store.sessionIDs() == before, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(await server.store.sessionIDs() != before)
        await server.stop()
        let stopped = await server.store.sessionIDs()
        try await Task.sleep(for: .milliseconds(100))
        #expect(await server.store.sessionIDs() == stopped)
    }
}

import Foundation
