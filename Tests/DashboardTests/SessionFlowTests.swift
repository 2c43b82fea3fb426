import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// The dashboard against the emulator over loopback HTTP: paging, detail, revoke, delete.
@MainActor @Suite(.serialized) struct SessionFlowTests {
    /// Runs `body` with a started driver and always stops it.
    func flow(_ configure: (inout EmulatorConfig) -> Void = { _ in },
              prepare: (EmulatorServer) async throws -> Void = { _ in },
              _ body: (FlowDriver) async throws -> Void) async throws {
        let d = try await FlowDriver(configure)
        do { try await prepare(d.server) } catch {
            await d.stop()
            throw error
        }
        try await d.run(body)
    }

    @Test func pagesThroughAThousandSessions() async throws {
        try await flow({ $0.sessions = 1000 }) { d in
            #expect(d.state.sessions.feed.value?.totalCount == 1000)
            #expect(d.state.sessions.pageCount == 20)
            var seen = Set(d.state.sessions.feed.value?.sessions.map(\.sessionID) ?? [])
            for page in 2...20 {
                d.press(.char("]"))
                #expect(d.state.sessions.page == page)
                try await d.waitUntil("page \(page)") {
                    $0.sessions.feed.value?.pagination.number == page && !$0.book[.sessions].inFlight
                }
                let loaded = d.state.sessions.feed.value
                #expect(loaded?.sessions.count == 50)
                #expect(loaded?.totalCount == 1000)
                seen.formUnion(loaded?.sessions.map(\.sessionID) ?? [])
            }
            #expect(seen.count == 1000)
            #expect(d.state.sessions.feed.value?.pagination.hasNext == false)
            d.press(.char("]"))
            #expect(d.state.sessions.page == 20)
            #expect(d.state.messages.last?.text == "already on the last page")
            d.press(.char("["))
            try await d.waitUntil("back to page 19") {
                $0.sessions.feed.value?.pagination.number == 19 && !$0.book[.sessions].inFlight
            }
            #expect(d.screen().contains("1000"))
        }
    }

    @Test func openingADetailLoadsThatSession() async throws {
        try await flow({ $0.sessions = 5 }) { d in
            d.press(.char("j"), .char("j"))
            let id = try #require(d.state.sessions.selectedID)
            d.press(.enter)
            #expect(d.state.focus == .detail)
            try await d.waitUntil("detail of \(id)") { $0.detail.feed.value?.sessionID == id }
            #expect(d.state.detail.sessionID == id)
            #expect(d.screen().contains(String(id.prefix(8))))
        }
    }

    @Test func revokingAUserShrinksTheUsersTable() async throws {
        var id = ""
        try await flow(prepare: { server in
            id = try await server.store.createSession(CreateSessionRequest(ips: ["1.1.1.1", "2.2.2.2", "3.3.3.3"])).sessionID
            await server.store.advance(by: .seconds(5))
        }) { d in
            #expect(d.state.sessions.selectedID == id)
            #expect(d.state.sessions.feed.value?.sessions.first?.ready == true)
            d.press(.tab)
            #expect(d.screen().contains("Users (3)"))
            d.press(.char("x"), .tab, .enter)
            #expect(d.state.pending.count == 1)
            try await d.waitUntil("users table shrinks") { $0.pending.isEmpty && $0.detail.feed.value?.sessionUsers.count == 2 }
            #expect(d.state.detail.feed.value?.sessionUsers.map(\.ipAddress) == ["2.2.2.2", "3.3.3.3"])
            #expect(d.state.messages.contains { $0.level == .success && $0.text.hasPrefix("revoked user 1.1.1.1") })
            #expect(d.screen().contains("Users (2)"))
            let stored = try await d.server.store.session(id: id)
            #expect(stored.sessionUsers.count == 2)
        }
    }

    @Test func deletingASessionRemovesIt() async throws {
        try await flow({ $0.sessions = 3 }) { d in
            let id = try #require(d.state.sessions.selectedID)
            d.press(.char("D"), .tab, .enter)
            try await d.waitUntil("session gone from the list") { s in
                s.pending.isEmpty && s.sessions.feed.value?.sessions.contains { $0.sessionID == id } == false
            }
            #expect(d.state.sessions.feed.value?.totalCount == 2)
            #expect(d.state.messages.contains { $0.level == .success && $0.text == "deleted session \(id)" })
            do {
                _ = try await d.client.session(id: id)
                Issue.record("the emulator still serves \(id)")
            } catch let error as APIError {
                guard case .notFound = error else { Issue.record("expected 404, got \(error)"); return }
            }
            #expect(await d.server.store.sessionCount == 2)
        }
    }
}
