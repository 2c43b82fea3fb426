import Foundation

/// An idle dashboard (1,000 static sessions, 2 s refresh): CPU, wake-ups, bytes per poll; then one changed row.
struct IdleBenchmark {
    var binary: String
    var window: Duration
    var width: Int
    var height: Int
    /// Idle time before measuring: past a minute the age column shows minutes and stops changing every poll.
    var settle: Duration

    /// Returns the median bytes of a poll that changed nothing (for the comparison with the loops).
    func run(_ report: BenchReport) throws -> Int {
        let emulator = try EmulatorProcess(binary: binary, sessions: 1000)
        let started = ContinuousClock.now
        // Page only: the crawl's own cost is measured apart (`FleetBenchmark`), against its own budget.
        let (pty, _) = try DashboardProcess.startLoaded(binary: binary, emulator: emulator, width: width, height: height,
                                                        extra: ["--crawl-rate", "0"])
        _ = pty.readBursts(for: settle)   // the first polls of every pane settle (and, in full runs, the ages)
        let secs = Stats.seconds(window)
        let cpu0 = pty.cpuSeconds(), threads0 = pty.threadSwitches(), req0 = emulator.requestsServed()
        let bursts = pty.readBursts(for: window)
        let cpu1 = pty.cpuSeconds(), threads1 = pty.threadSwitches(), req1 = emulator.requestsServed()
        let cpuPercent = (cpu1 - cpu0) / secs * 100
        let switches = PtyProcess.voluntaryDelta(threads0, threads1)
        let requests = req1 - req0
        let sizes = bursts.map(\.bytes.count)
        let unchanged = Stats.median(sizes)
        report.add("idle CPU, 1,000 sessions, 2 s refresh, page only, \(Int(secs)) s", measured: cpuPercent, format: "%.3f", unit: " %",
                   limit: 0.2, note: String(format: "%.2f s CPU", cpu1 - cpu0))
        report.add("idle: voluntary switches/s, all (with \(requests) requests)", String(format: "%.2f /s", Double(switches) / secs),
                   note: String(format: "%.1f per request", requests > 0 ? Double(switches) / Double(requests) : .nan))
        report.add("bytes of a poll that changed nothing", measured: Double(unchanged), format: "%.0f", unit: " B", limit: 32,
                   note: "median of \(sizes.count) frames \(sizes.prefix(12)); after \(Int(Stats.seconds(settle))) s idle")
        if let sample = bursts.first(where: { $0.bytes.count == unchanged }) {
            print("   unchanged-poll frame: " + Self.printable(sample.bytes))
        }
        try oneRow(report, emulator: emulator, pty: pty, age: Stats.seconds(ContinuousClock.now - started))
        pty.send("q")
        _ = pty.waitForExit(timeout: .seconds(3))
        try floor(report, emulator: emulator)
        return unchanged
    }

    /// Authorizes a user on a visible session and compares the next frame's bytes with the changed cells.
    func oneRow(_ report: BenchReport, emulator: EmulatorProcess, pty: PtyProcess, age: Double) throws {
        let pipeline = PipelineBenchmark(width: width, height: height, pageSize: 50)
        let path = "/v1/relays/sessions?page=1&limit=50"
        let before = try emulator.get(path)
        let id = try pipeline.visibleID(before, index: 3)
        _ = pty.readBursts(for: .milliseconds(2300))   // start right after a poll
        _ = try emulator.post("/v1/relays/sessions:authorize-user", json: #"{"session_id":"\#(id)","user_ip":"198.51.100.77"}"#)
        let bursts = pty.readBursts(for: .milliseconds(2600))
        let after = try emulator.get(path)
        let changed = try pipeline.changedCells(before: before, after: after, age: age + 2.3, interval: 2)
        let frame = bursts.map(\.bytes.count).max() ?? 0
        let ratio = Double(frame) / Double(max(1, changed.bytes))
        report.add("bytes of a poll with one changed row / changed cells' bytes", measured: ratio, format: "%.2f", unit: "×",
                   limit: 1.5, note: "\(frame) B vs \(changed.cells) cells (\(changed.bytes) B) on rows \(changed.rows.sorted())")
        report.add("  the same frame / minimal ANSI for those cells (cursor + SGR + text)",
                   String(format: "%.2f×", Double(frame) / Double(max(1, changed.floor))),
                   note: "\(frame) B vs \(changed.floor) B: what any terminal library must send for \(changed.cells) cells in \(changed.rows.count) runs")
        if let big = bursts.max(by: { $0.bytes.count < $1.bytes.count }) {
            print("   one-row frame: " + Self.printable(big.bytes))
        }
    }

    /// The wake-up floor: the same dashboard with no poll due in the window (--refresh 3600).
    func floor(_ report: BenchReport, emulator: EmulatorProcess) throws {
        let (pty, _) = try DashboardProcess.startLoaded(binary: binary, emulator: emulator, refresh: 3600, width: width, height: height,
                                                        extra: ["--crawl-rate", "0"])
        _ = pty.readBursts(for: .seconds(2))
        let secs = Stats.seconds(window)
        let threads0 = pty.threadSwitches(), req0 = emulator.requestsServed()
        let bytes = pty.readBursts(for: window).reduce(0) { $0 + $1.bytes.count }
        let threads1 = pty.threadSwitches(), req1 = emulator.requestsServed()
        let perSecond = Double(PtyProcess.voluntaryDelta(threads0, threads1)) / secs
        let busiest = threads1.map { ($0.value.name, $0.value.voluntary - (threads0[$0.key]?.voluntary ?? 0)) }
            .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(4).map { "\($0.0) \($0.1)" }
        report.add("wake-ups/s beyond polls (no poll due, \(req1 - req0) requests)", measured: perSecond, format: "%.2f",
                   unit: " /s", limit: 1, note: "\(bytes) B written; threads: \(busiest.joined(separator: ", "))")
        pty.send("q")
        _ = pty.waitForExit(timeout: .seconds(3))
    }

    /// Bytes with escapes made visible, for the log.
    static func printable(_ bytes: [UInt8]) -> String {
        String(bytes.prefix(400).map { b -> String in
            b == 0x1b ? "\\e" : (b < 0x20 ? "\\x" + String(b, radix: 16) : String(UnicodeScalar(b)))
        }.joined())
    }
}
