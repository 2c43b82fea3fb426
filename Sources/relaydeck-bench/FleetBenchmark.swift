import Foundation

/// The fleet index at its default budget: time to the first census (1,000 and 100,000 sessions), resident memory
/// with the index complete, a fleet search's key to frame, idle CPU with the crawl running, and the request rate
/// the emulator counts.
struct FleetBenchmark {
    var binary: String
    var short: Bool
    var width: Int
    var height: Int
    /// Fleet sizes to run (`--fleet 1000,100000`); by default 1,000, and 100,000 unless short.
    var sizes: [Int]? = nil
    /// The dashboard's default crawl budget, requests a second.
    static let budget = 5.0
    /// CPU seconds from start to the first census of 100,000 sessions before issue 20 (fd270ef, dynamic release build).
    static let censusCPUBefore = 6.26

    func run(_ report: BenchReport) throws {
        for n in sizes ?? (short ? [1_000] : [1_000, 100_000]) {
            // The budgets: 10 s for 1,000 sessions, 4 minutes for 100,000 (in between, in proportion).
            try census(report, sessions: n, limit: n <= 1_000 ? 10 : max(10, 240 * Double(n) / 100_000), idle: n == 1_000)
        }
    }

    /// Starts a dashboard on `sessions` sessions and waits for the log to say the first sweep completed.
    func census(_ report: BenchReport, sessions: Int, limit: Double, idle: Bool) throws {
        let emulator = try EmulatorProcess(binary: binary, sessions: sessions)
        try? FileManager.default.removeItem(atPath: DashboardProcess.logFile)
        let started = ContinuousClock.now
        let req0 = emulator.requestsServed()
        let pty = try DashboardProcess.start(binary: binary, emulator: emulator, width: width, height: height)
        let name = sessions.formatted()
        guard let line = waitForLog("sweep 1 complete", pty: pty, timeout: .seconds(limit * 1.5 + 10)) else {
            throw PtyProcess.Failed(description: "no complete sweep of \(name) sessions within \(Int(limit * 1.5 + 10)) s")
        }
        let took = Stats.seconds(ContinuousClock.now - started)
        let cpu = pty.cpuSeconds()
        let rate = Double(emulator.requestsServed() - req0) / took
        report.add("fleet \(name): start to first complete census", measured: took, format: "%.1f", unit: " s", limit: limit,
                   note: String(line.split(separator: ":").last ?? "").trimmingCharacters(in: .whitespaces))
        // The panes poll too (the page and the lobbies, at start and every 2 s after): the budget is the crawl's
        // plus theirs over the same time. The crawl's first page leaves at the start: n pages at the budget's pace take
        // n - 1 intervals, so one page more than budget × time.
        let panes = 2 * (1 + (took / 2).rounded(.down))
        report.add("fleet \(name): requests/s at the emulator during the census", measured: rate, format: "%.2f", unit: " /s",
                   limit: Self.budget + (panes + 1) / took,
                   note: String(format: "crawl budget %.0f + the panes' %.0f polls in %.1f s", Self.budget, panes, took))
        // What the census costs: the dashboard's CPU from its start to the census (the decoding of every page is most of it).
        if sessions == 100_000 {
            // Issue 20's budget: half the CPU the census took before it (fd270ef's dynamic release build, this bench).
            report.add("fleet \(name): CPU during the census / before issue 20's", measured: cpu / Self.censusCPUBefore,
                       format: "%.2f", unit: "×", limit: 0.5,
                       note: String(format: "%.2f s CPU in %.1f s (%.2f %% of a core) vs %.2f s", cpu, took, cpu / took * 100,
                                    Self.censusCPUBefore))
        } else {
            report.add("fleet \(name): CPU during the census", String(format: "%.2f %% of a core", cpu / took * 100),
                       note: String(format: "%.2f s CPU in %.1f s", cpu, took))
        }
        _ = pty.readBursts(for: .milliseconds(500))
        report.add("fleet \(name): resident memory, index complete", measured: pty.residentMB(), format: "%.1f", unit: " MB",
                   limit: sessions >= 100_000 ? 50 : 80, note: "VmRSS")
        try search(report, pty: pty, emulator: emulator, sessions: sessions)
        if idle { try idleCost(report, pty: pty, emulator: emulator) }
        pty.send("q")
        _ = pty.waitForExit(timeout: .seconds(3))
    }

    /// `/` with the IP of a user on the last page, then Enter: the time until the results are drawn.
    func search(_ report: BenchReport, pty: PtyProcess, emulator: EmulatorProcess, sessions: Int) throws {
        let lastPage = (sessions + 99) / 100
        let data = try emulator.get("/v1/relays/sessions?page=\(lastPage)&limit=100")
        guard let page = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = page["sessions"] as? [[String: Any]],
              let ip = list.compactMap({ ($0["session_users"] as? [[String: Any]])?.first?["ip_address"] as? String }).last else {
            throw PtyProcess.Failed(description: "no user on the last page")
        }
        var times: [Double] = []
        for _ in 0..<(short ? 3 : 7) {
            pty.send("/")
            _ = pty.readUntilQuiet(.milliseconds(100), limit: .seconds(2))
            pty.send(ip)
            _ = pty.readUntilQuiet(.milliseconds(100), limit: .seconds(2))
            let (latency, _, _) = pty.timeToOutput(after: "\r")
            if let latency { times.append(Stats.ms(latency)) }
            pty.send("\u{1B}")   // Esc clears the search
            _ = pty.readUntilQuiet(.milliseconds(200), limit: .seconds(2))
        }
        report.add("fleet \(sessions.formatted()): search (a user's IP), Enter to frame written", measured: Stats.median(times),
                   format: "%.1f", unit: " ms", limit: 16, note: "median of \(times.count), max \(Stats.text(times.max())) ms; in order: "
                   + times.map { String(format: "%.1f", $0) }.joined(separator: " "))
    }

    /// The dashboard with the crawl running on a static fleet: CPU and requests over a window.
    func idleCost(_ report: BenchReport, pty: PtyProcess, emulator: EmulatorProcess) throws {
        let window: Duration = .seconds(short ? 8 : 60)
        let secs = Stats.seconds(window)
        let cpu0 = pty.cpuSeconds(), req0 = emulator.requestsServed()
        let bytes = pty.readBursts(for: window).reduce(0) { $0 + $1.bytes.count }
        let cpu = pty.cpuSeconds() - cpu0, requests = emulator.requestsServed() - req0
        report.add("idle CPU, 1,000 sessions, crawl on (default budget), \(Int(secs)) s", measured: cpu / secs * 100,
                   format: "%.3f", unit: " %", limit: 1, note: String(format: "%.2f s CPU, %d B written", cpu, bytes))
        report.add("requests/min idle at 1,000 sessions (crawl + panes)", String(format: "%.0f /min", Double(requests) / secs * 60),
                   note: "\(requests) in \(Int(secs)) s at the emulator")
    }

    /// Polls the dashboard's log for a line containing `text` (reading the pty meanwhile so it never blocks).
    func waitForLog(_ text: String, pty: PtyProcess, timeout: Duration) -> String? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            _ = pty.readBursts(for: .milliseconds(50), gap: .milliseconds(25))
            if let log = try? String(contentsOfFile: DashboardProcess.logFile, encoding: .utf8),
               let line = log.split(separator: "\n").first(where: { $0.contains(text) }) {
                return String(line)
            }
        }
        return nil
    }
}
