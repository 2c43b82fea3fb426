import EdgegapAPI
import EdgegapEmulator
import Testing

/// Every lobby operation of the client against the emulator, success and declared errors.
@Suite struct EmulatorLobbyTests {
    let deploy = Duration.milliseconds(300)
    let terminate = Duration.milliseconds(200)
    var config: EmulatorConfig { EmulatorConfig(lobbyDeployDelay: deploy, lobbyTerminateDelay: terminate) }

    @Test func lobbyLifecycle() async throws {
        try await EmulatorHarness.run(config) { client, server in
            let created = try await client.createLobby(name: "alpha")
            #expect(created.name == "alpha" && !created.isUsable)
            _ = try await client.createLobby(name: "beta")
            #expect(try await client.listLobbies().map(\.name) == ["alpha", "beta"])
            #expect(try await client.lobby(name: "alpha") == created)

            let deploying = try await client.deployLobby(name: "alpha")
            #expect(deploying.status != created.status)
            let again = await EmulatorHarness.failure { _ = try await client.deployLobby(name: "alpha") }
            #expect(again?.isConflict == true)

            await server.store.advance(by: deploy)
            let ready = try await client.lobby(name: "alpha")
            #expect(ready.isUsable)

            let terminating = try await client.terminateLobby(name: "alpha")
            #expect(terminating.name == "alpha")
            await server.store.advance(by: terminate)
            #expect(await EmulatorHarness.failure { _ = try await client.lobby(name: "alpha") }?.isNotFound == true)

            #expect(try await client.deleteLobby(name: "beta").name == "beta")
            #expect(try await client.listLobbies().isEmpty)
        }
    }

    @Test func declaredLobbyErrors() async throws {
        try await EmulatorHarness.run(config) { client, _ in
            _ = try await client.createLobby(name: "alpha")
            let duplicate = await EmulatorHarness.failure { _ = try await client.createLobby(name: "alpha") }
            guard case .conflict(let message?)? = duplicate else { Issue.record("got \(String(describing: duplicate))"); return }
            #expect(message.contains("alpha"))
            #expect(await EmulatorHarness.failure { _ = try await client.createLobby(name: "has space") }?.isBadRequest == true)
            #expect(await EmulatorHarness.failure { _ = try await client.lobby(name: "nobody") }?.isNotFound == true)
            #expect(await EmulatorHarness.failure { _ = try await client.deleteLobby(name: "nobody") }?.isNotFound == true)
            #expect(await EmulatorHarness.failure { _ = try await client.deployLobby(name: "nobody") }?.isNotFound == true)
            // A Released lobby cannot be terminated.
            #expect(await EmulatorHarness.failure { _ = try await client.terminateLobby(name: "alpha") }?.isConflict == true)
        }
    }

    @Test func namesCannotEscapeTheirPathSegment() async throws {
        try await EmulatorHarness.run(config) { client, _ in
            _ = try await client.createLobby(name: "b")
            for name in ["a/../b", "x/../b", "a/../b?x#y", "..", "b?", "b#", "b/"] {
                let error = await EmulatorHarness.failure { _ = try await client.lobby(name: name) }
                #expect(error?.isNotFound == true, "\(name) reached \(String(describing: error))")
            }
            #expect(await EmulatorHarness.failure { _ = try await client.deleteLobby(name: "x/../b") }?.isNotFound == true)
            #expect(try await client.lobby(name: "b").name == "b")
        }
    }
}
