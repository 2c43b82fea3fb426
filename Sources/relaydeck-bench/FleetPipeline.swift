import Dashboard
import EdgegapAPI
import Foundation
import TerminalUI

/// The fleet index in-process, through the reducer as the program drives it: N sessions crawled page by page, then
/// a search typed and entered, then its frame drawn. What the pty figure costs, without the terminal.
struct FleetPipeline {
    var sessions: Int
    var width: Int
    var height: Int

    static func session(_ i: Int) -> RelaySession {
        let hex = String(format: "%012x", i &* 2_654_435_761 & 0xFFFF_FFFF_FFFF)
        let users = (0..<(1 + i % 4)).map { u in
            SessionUser(ipAddress: "10.\(i >> 16 & 255).\(i >> 8 & 255).\((i + u) & 255)", latitude: 52.3, longitude: 4.9,
                        authorizationToken: UInt32(truncatingIfNeeded: i &* 31 &+ u))
        }
        return RelaySession(sessionID: "\(hex)-S", authorizationToken: UInt32(truncatingIfNeeded: i), status: "READY", ready: true,
                            linked: true, sessionUsers: users,
                            relay: Relay(ip: "192.0.2.\(i & 255)", host: "\(hex).st.edgegap.net",
                                         ports: RelayPorts(server: RelayPort(port: 30000 + i % 9000, protocol: "UDP", link: "\(hex).st.edgegap.net:30000"),
                                                           client: RelayPort(port: 30001 + i % 9000, protocol: "UDP", link: "\(hex).st.edgegap.net:30001"))),
                            webhookURL: nil)
    }

    /// Crawls, then times `/` IP Enter and the frame; prints the phases.
    func run(_ report: BenchReport) {
        let t0 = Date(timeIntervalSince1970: 1_700_000_000)
        var state = AppState(config: DashboardConfig(refresh: 2, pageSize: 50), now: t0)
        _ = Reducer.reduce(&state, .resize(width: width, height: height))
        _ = Reducer.reduce(&state, .start(t0))
        let pages = (sessions + 99) / 100
        let clock = ContinuousClock()
        let rssBefore = Self.residentMB()
        let crawl = clock.measure {
            for p in 1...pages {
                let list = (0..<min(100, sessions - (p - 1) * 100)).map { Self.session((p - 1) * 100 + $0) }
                let page = SessionPage(sessions: list, totalCount: sessions,
                                       pagination: Pagination(number: p, nextPageNumber: p < pages ? p + 1 : nil, previousPageNumber: nil,
                                                              numPages: pages, hasNext: p < pages, hasPrevious: p > 1))
                let now = t0.addingTimeInterval(Double(p) * 0.2)
                _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), now))
                _ = Reducer.reduce(&state, .loaded(.fleetPage(page: p, limit: 100), generation: state.book[.fleet].generation,
                                                   .success(.fleetPage(ScannedSessionPage(encoding: page), page: p)), at: now))
            }
        }
        let rssAfter = Self.residentMB()
        report.add("fleet \(sessions.formatted()) in-process: resident memory the crawl added", String(format: "%.1f MB", rssAfter - rssBefore),
                   note: "a record \(MemoryLayout<FleetRecord>.stride) B inline, a user \(MemoryLayout<FleetUser>.stride) B")
        let ip = Self.session(sessions - 7).sessionUsers[0].ipAddress
        // The search runs as it is typed: every key of the IP is timed, reduce + comparison + frame.
        var perKey: [Double] = [], searchOnly: [Double] = [], enter: [Double] = []
        for _ in 0..<7 {
            _ = Reducer.reduce(&state, .key(.char("/")))
            for c in ip {
                let before = state.drawn
                var buffer = Buffer(width: width, height: height)
                perKey.append(Stats.ms(clock.measure {
                    _ = Reducer.reduce(&state, .key(.char(c)))
                    _ = state.drawn != before
                    DashboardView(state: state, theme: .default, glyphs: .unicode).render(into: &buffer)
                }))
            }
            let beforeEnter = state.drawn
            var enterBuffer = Buffer(width: width, height: height)
            enter.append(Stats.ms(clock.measure {
                _ = Reducer.reduce(&state, .key(.enter))
                _ = state.drawn != beforeEnter
                DashboardView(state: state, theme: .default, glyphs: .unicode).render(into: &enterBuffer)
            }))
            if searchOnly.isEmpty {
                print("   search \(ip): \(state.fleet.results.matched) matched, searches the fleet: \(state.searchesFleet)")
            }
            searchOnly.append(Stats.ms(clock.measure { _ = FleetSearch(ip).run(state.fleet.index) }))
            _ = Reducer.reduce(&state, .key(.escape))
        }
        // Each prefix of the IP searched alone: what a key costs before the view.
        let prefixes = (1...ip.count).map { n -> String in
            let q = String(ip.prefix(n))
            return String(format: "%@ %.1f", q, Stats.ms(clock.measure { _ = FleetSearch(q).run(state.fleet.index) }))
        }
        print("   prefixes (ms): " + prefixes.joined(separator: " · "))
        // Hours later every session is long-lived: a lobby answer recounts the problems over all of them.
        let later = t0.addingTimeInterval(5 * 3_600)
        var recount: [Double] = []
        for i in 0..<5 {
            let at = later.addingTimeInterval(Double(i) * 2)
            _ = Reducer.reduce(&state, .timerFired(.poll(.lobbies), at))
            let answer = Action.loaded(.lobbies, generation: state.book[.lobbies].generation,
                                       .success(.lobbies([Lobby(name: "duel-\(i)", url: "", status: "Error")])), at: at)
            recount.append(Stats.ms(clock.measure { _ = Reducer.reduce(&state, answer) }))
        }
        report.add("fleet \(sessions.formatted()) in-process: a lobby answer 5 h in (problems recounted, all long-lived)",
                   String(format: "%.1f ms", Stats.median(recount)),
                   note: "\(state.fleet.problemCounts.values.reduce(0, +)) problems, \(state.fleet.problems.count) listed")
        report.add("fleet \(sessions.formatted()) in-process: crawl through the reducer", String(format: "%.0f ms", Stats.ms(crawl)),
                   note: String(format: "%.2f ms a page of 100", Stats.ms(crawl) / Double(pages)))
        report.add("fleet \(sessions.formatted()) in-process: Enter on the search → reduce + frame", measured: Stats.median(enter),
                   format: "%.1f", unit: " ms", limit: 16, note: String(format: "max %.1f ms over %d", enter.max() ?? 0, enter.count))
        report.add("fleet \(sessions.formatted()) in-process: a key typed into the search → reduce + frame", measured: Stats.median(perKey),
                   format: "%.1f", unit: " ms", limit: 16,
                   note: String(format: "max %.1f ms over %d keys; the whole IP searched alone %.1f ms", perKey.max() ?? 0, perKey.count,
                                Stats.median(searchOnly)))
    }

    /// VmRSS of this process, in MB.
    static func residentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan) / 1024
        }
        return .nan
    }
}
