import Dashboard
import DashboardRuntime
import EdgegapAPI
import Foundation
import Synchronization
@testable import RelayDeckApp
import Testing

/// `relaydeck sessions find`: one sweep with the dashboard's index code within the budget, then the fleet search.
@Suite struct ScriptFindTests {
    /// The model's timers, recorded and fired at once instead of slept.
    final class Pauses: TimerScheduling, Sendable {
        let taken = Mutex<[Double]>([])
        var all: [Double] { taken.withLock { $0 } }
        func schedule(after seconds: Double, _ body: @escaping @Sendable () -> Void) -> TimerHandle {
            taken.withLock { $0.append(seconds) }
            body()
            return TimerHandle {}
        }
    }

    @Test func findsAUserOnTheLastPageWithItsPageAndPacesTheSweep() async throws {
        let emu = try await EmulatorFixture.start(sessions: 250, lobbies: 0)
        let last = try await emu.client.listSessions(page: 3, limit: 100).sessions
        let target = try #require(last.last { !$0.sessionUsers.isEmpty })
        let ip = try #require(target.sessionUsers.first?.ipAddress)
        let pauses = Pauses()
        let out = await emu.runner().findSessions(ip, rate: 4, pageSize: 50, timers: pauses)
        let json = await emu.runner(.json).findSessions(target.sessionID.prefix(8).description, rate: 4, pageSize: 50,
                                                        timers: Pauses())
        await emu.close()
        #expect(out.exit == .success, "\(out.stderr)")
        let row = try #require(out.stdout.split(separator: "\n").first { $0.contains(target.sessionID) })
        // 250 sessions at 50 a page: the last 50 are page 5.
        #expect(row.hasPrefix("5 "), "\(row)")
        #expect(out.stdout.contains("among 250 sessions"))
        // Three pages of 100, one request out at a time: the crawl's own pacing waits out one budget interval (0.25 s at
        // 4/s) from each request's sending before the next, and nothing after the last.
        // (The third timer is the rest before a next sweep, which `find` does not wait for.)
        let taken = pauses.all
        #expect(taken.count == 3, "\(taken)")
        #expect(taken.prefix(2).allSatisfy { $0 >= 0 && $0 <= 0.25 }, "\(taken)")
        #expect((taken.last ?? 0) > 5 && (taken.last ?? 0) <= 15, "\(taken)")
        struct Found: Decodable { var page: Int; var session: RelaySession }
        let found = try JSONDecoder().decode([Found].self, from: Data(json.stdout.utf8))
        // Whole, as the API sent it (webhook, port protocol and link included), not the index's compact record.
        #expect(found.first { $0.session.sessionID == target.sessionID }?.session == target)
        #expect(found.contains { $0.session.sessionID == target.sessionID && $0.page == 5 })
    }

    @Test func noMatchExitsOneAsGrepDoes() async throws {
        let emu = try await EmulatorFixture.start(sessions: 30, lobbies: 0)
        let out = await emu.runner(.csv).findSessions("no-such-thing", rate: 50, timers: Pauses())
        await emu.close()
        #expect(out.exit == .noMatch && out.exit.rawValue == 1)
        #expect(out.stdout.hasPrefix("PAGE,SESSION,STATUS"))
    }

    @Test func noMatchAsJSONIsAnEmptyArray() async throws {
        let emu = try await EmulatorFixture.start(sessions: 30, lobbies: 0)
        let out = await emu.runner(.json).findSessions("no-such-thing", rate: 50, timers: Pauses())
        await emu.close()
        #expect(out.exit == .noMatch && out.stdout == "[]\n")
    }
}
