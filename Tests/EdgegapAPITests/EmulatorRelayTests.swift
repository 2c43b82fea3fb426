import EdgegapAPI
import EdgegapEmulator
import Testing

/// Every relay-session operation of the client against the emulator, success and declared errors.
@Suite struct EmulatorRelayTests {
    let readyDelay = Duration.milliseconds(50)
    var config: EmulatorConfig { EmulatorConfig(sessions: 0, lobbies: 0, seed: 1, readyDelay: readyDelay) }

    @Test func sessionLifecycle() async throws {
        try await EmulatorHarness.run(config) { client, server in
            let created = try await client.createSession(CreateSessionRequest(ips: ["1.1.1.1", "8.8.8.8"]))
            #expect(!created.ready && created.relay == nil)
            #expect(created.sessionUsers.map(\.ipAddress) == ["1.1.1.1", "8.8.8.8"])
            await server.store.advance(by: readyDelay)

            let ready = try await client.session(id: created.sessionID)
            #expect(ready.isUsable && ready.authorizationToken != nil)
            #expect(ready.sessionUsers.allSatisfy { $0.authorizationToken != nil })

            let page = try await client.listSessions(page: 1, limit: 10)
            #expect(page.totalCount == 1 && page.sessions.map(\.sessionID) == [created.sessionID])

            try await client.deleteSession(id: created.sessionID)
            #expect(await EmulatorHarness.failure { _ = try await client.session(id: created.sessionID) }?.isNotFound == true)
            #expect(await EmulatorHarness.failure { try await client.deleteSession(id: created.sessionID) }?.isNotFound == true)
        }
    }

    @Test func filtersAndWebhookAreAccepted() async throws {
        try await EmulatorHarness.run(config) { client, _ in
            let request = CreateSessionRequest(ips: ["1.1.1.1"], filters: [SessionFilter(field: "country", values: ["CA"], filterType: .not)],
                                               webhookURL: "http://127.0.0.1:1/hook")
            let session = try await client.createSession(request)
            #expect(session.webhookURL == "http://127.0.0.1:1/hook")
            let badHook = await EmulatorHarness.failure {
                _ = try await client.createSession(CreateSessionRequest(ips: ["1.1.1.1"], webhookURL: "ftp://x"))
            }
            #expect(badHook?.isBadRequest == true)
        }
    }

    @Test func concurrentCallsShareOneClient() async throws {
        var config = self.config
        config.sessions = 30
        try await EmulatorHarness.run(config) { client, _ in
            let totals = try await withThrowingTaskGroup(of: Int.self) { group in
                for page in 1...40 { group.addTask { try await client.listSessions(page: page % 3 + 1, limit: 10).sessions.count } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(totals.count == 40 && totals.allSatisfy { $0 == 10 })
        }
    }

    @Test func pagesAndLimits() async throws {
        var config = self.config
        config.sessions = 25
        try await EmulatorHarness.run(config) { client, _ in
            let third = try await client.listSessions(page: 3, limit: 10)
            #expect(third.sessions.count == 5 && third.totalCount == 25)
            #expect(third.pagination.number == 3 && !third.pagination.hasNext && third.pagination.hasPrevious)
            let past = try await client.listSessions(page: 9, limit: 10)
            #expect(past.sessions.isEmpty && !past.pagination.hasNext)
            let defaults = try await client.listSessions(page: nil, limit: nil)
            #expect(defaults.sessions.count == 10)
        }
    }

    @Test func authorizeThenRevokeATokenAboveInt32() async throws {
        try await EmulatorHarness.run(config) { client, server in
            let session = try await client.createSession(CreateSessionRequest(ips: ["1.1.1.1"]))
            await server.store.advance(by: readyDelay)
            var large: (ip: String, token: UInt32)?
            for n in 1...24 where large == nil {
                let ip = "9.9.9.\(n)"
                let auth = try await client.authorizeUser(sessionID: session.sessionID, ip: ip)
                #expect(auth.sessionUser?.ipAddress == ip)
                if let token = auth.sessionUser?.authorizationToken, token > UInt32(Int32.max) { large = (ip, token) }
            }
            guard let large else { Issue.record("no token above 2^31 in 24 users"); return }
            let after = try await client.revokeUser(sessionID: session.sessionID, token: large.token)
            // 200 with the session or 204 without: read it back in the latter case.
            let users: [SessionUser]
            if let after { users = after.sessionUsers } else { users = try await client.session(id: session.sessionID).sessionUsers }
            #expect(!users.contains { $0.ipAddress == large.ip })
            #expect(users.contains { $0.ipAddress == "1.1.1.1" })
        }
    }

    @Test func declaredRelayErrors() async throws {
        try await EmulatorHarness.run(config) { client, _ in
            let badIP = await EmulatorHarness.failure { _ = try await client.createSession(CreateSessionRequest(ips: ["300.1.1.1"])) }
            guard case .badRequest(let message?)? = badIP else { Issue.record("got \(String(describing: badIP))"); return }
            #expect(message.contains("ip"))
            let empty = await EmulatorHarness.failure { _ = try await client.createSession(CreateSessionRequest(users: [])) }
            #expect(empty?.isBadRequest == true)

            let session = try await client.createSession(CreateSessionRequest(ips: ["1.1.1.1"]))
            let duplicate = await EmulatorHarness.failure { _ = try await client.authorizeUser(sessionID: session.sessionID, ip: "1.1.1.1") }
            guard case .conflict(let conflict?)? = duplicate else { Issue.record("got \(String(describing: duplicate))"); return }
            #expect(conflict.contains("1.1.1.1"))
            let invalid = await EmulatorHarness.failure { _ = try await client.authorizeUser(sessionID: session.sessionID, ip: "not-an-ip") }
            #expect(invalid?.isBadRequest == true)
            let missing = await EmulatorHarness.failure { _ = try await client.authorizeUser(sessionID: "000000000000-S", ip: "2.2.2.2") }
            #expect(missing?.isNotFound == true)
            let revoke = await EmulatorHarness.failure { _ = try await client.revokeUser(sessionID: session.sessionID, token: 1) }
            #expect(revoke?.isNotFound == true)
            let weirdID = await EmulatorHarness.failure { _ = try await client.session(id: "../lobbies?x#y") }
            #expect(weirdID?.isNotFound == true)
        }
    }

    @Test(arguments: ["", "  \n", "two words"])
    func malformedKeyIsUnauthorized(key: String) async throws {
        try await EmulatorHarness.run(config, clientKey: key) { client, _ in
            let error = await EmulatorHarness.failure { _ = try await client.listSessions(page: nil, limit: nil) }
            guard case .unauthorized? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(error?.isRetryable == false)
        }
    }

    @Test func unknownKeyIsForbidden() async throws {
        try await EmulatorHarness.run(config, clientKey: "token some-unknown-key") { client, _ in
            let error = await EmulatorHarness.failure { _ = try await client.createSession(CreateSessionRequest(ips: ["1.1.1.1"])) }
            guard case .forbidden? = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }
}

extension APIError {
    var isNotFound: Bool { if case .notFound = self { true } else { false } }
    var isBadRequest: Bool { if case .badRequest = self { true } else { false } }
    var isConflict: Bool { if case .conflict = self { true } else { false } }
}
