import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// The fleet index over real loopback HTTP: 1,000 sessions in the emulator (20 pages of the list's 50), the crawl
/// at its default budget, the operator on page 1.
@MainActor @Suite(.serialized) struct FleetFlowTests {
    /// The emulator's truth, every session in creation order (the list's order).
    static func truth(_ store: EmulatorStore) async -> [RelaySession] {
        var all: [RelaySession] = []
        var page = 1
        while true {
            let p = await store.sessionPage(page: page, limit: 100)
            all += p.sessions
            if !p.pagination.hasNext { return all }
            page += 1
        }
    }

    @Test func theLastPageIsSeenFromTheFirst() async throws {
        try await FlowDriver { $0.sessions = 1_000; $0.seed = 7 }.run { d in
            let all = await Self.truth(d.server.store)
            try #require(all.count == 1_000)
            let lastPage = Array(all.suffix(50))
            let failed = try #require(lastPage.last { $0.error != nil }, "the scenario has a failed session on page 20")
            let user = try #require(lastPage.first { $0.error == nil && !$0.sessionUsers.isEmpty })
            let ip = try #require(user.sessionUsers.last?.ipAddress)

            try await d.waitUntil("a complete sweep", timeout: 20) { $0.fleet.index.completed != nil }
            #expect(d.state.sessions.page == 1)
            #expect(d.state.fleet.index.completed?.census == true)

            // The counts equal the emulator's truth.
            let summary = try #require(d.state.fleet.summary)
            let truthFailed = all.filter { $0.error != nil }.count
            // A failed session is never usable (ready is false), so the two do not overlap.
            let truthReady = all.filter(\.isUsable).count
            #expect(summary.total == 1_000)
            #expect(summary.failed == truthFailed)
            #expect(summary.ready == truthReady)
            #expect(summary.initializing + summary.stuck == 1_000 - truthFailed - truthReady)
            #expect(d.screen().contains("fleet 1000"))
            #expect(d.screen().contains("\(truthFailed) failed"))

            // The failed session on page 20 is in the problems view, without paging there.
            d.press(.char("P"))
            #expect(d.state.fleet.problems.contains { $0.target == .session(failed.sessionID) && $0.kind == .failed })
            #expect(d.state.fleet.problemCounts[.failed] == truthFailed)
            #expect(d.screen().contains("Problems · "))
            d.press(.escape)
            #expect(d.state.sessions.scope == .page)

            // `/` with the IP of a user on page 20 finds their session from page 1; Enter opens it there.
            d.press(.char("/"))
            d.type(ip)
            d.press(.enter)
            #expect(d.state.listRows().contains { $0.sessionID == user.sessionID })
            #expect(d.state.page(of: user.sessionID) == 20)
            let rows = d.state.listRows()
            let index = try #require(rows.firstIndex { $0.sessionID == user.sessionID })
            for _ in 0..<index { d.press(.char("j")) }
            d.press(.enter)
            try await d.waitUntil("the detail of the session on page 20") { $0.detail.feed.value?.sessionID == user.sessionID }
            #expect(d.state.sessions.page == 1)
            #expect(d.screen().contains(ip))
        }
    }
}
