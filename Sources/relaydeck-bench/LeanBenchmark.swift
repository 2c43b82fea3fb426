import Dispatch
import EdgegapAPI
import Foundation

/// `relaydeck-bench lean [--binary PATH] [--settle SECONDS] [--window SECONDS]`: issue 20's figures, side by side in
/// one run — relaydeck with the crawl on and with `--crawl-rate 0`, htop `-d 20`, btop (2 s) and
/// `watch -n2 'curl … | jq .'`, each on its own 160×48 pty (each relaydeck with an emulator of 1,000 sessions of its
/// own, so its requests are counted), measured over the same window after the same settle: CPU % of a core,
/// wake-ups/s (voluntary switches, every thread), bytes written a 2 s, resident memory. Then the decoders on a page
/// of 100 new sessions. Each figure is printed next to its budget.
enum LeanBenchmark {
    static func run(_ args: [String]) throws {
        var binary = EngineBenchmark.siblingBinary()
        var settle = 75.0, window = 40.0
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--binary": binary = args[i + 1]; i += 1
            case "--settle": settle = Double(args[i + 1]) ?? settle; i += 1
            case "--window": window = Double(args[i + 1]) ?? window; i += 1
            default: throw PtyProcess.Failed(description: "unknown option \(args[i])")
            }
            i += 1
        }
        let report = BenchReport()
        binarySize(binary, report: report)
        decoding(report)
        try sideBySide(binary: binary, settle: settle, window: window, report: report)
        report.printSummary(build: "release")
    }

    /// One program under measurement.
    struct Subject {
        var name: String
        var pty: PtyProcess
        var emulator: EmulatorProcess?
        /// Count its children's CPU too (watch's curl and jq).
        var withChildren = false
    }

    /// What a window measured of one subject.
    struct Figures {
        var cpuPercent: Double
        var wakeups: Double
        var requests: Double
        var bytesPer2s: Double
        var rssMB: Double
    }

    static func sideBySide(binary: String, settle: Double, window: Double, report: BenchReport) throws {
        let crawlEmulator = try EmulatorProcess(binary: binary, sessions: 1000)
        let pageEmulator = try EmulatorProcess(binary: binary, sessions: 1000)
        var subjects: [Subject] = []
        let (crawl, _) = try DashboardProcess.startLoaded(binary: binary, emulator: crawlEmulator, width: 160, height: 48)
        subjects.append(Subject(name: "relaydeck (default: crawl on)", pty: crawl, emulator: crawlEmulator))
        let (page, _) = try DashboardProcess.startLoaded(binary: binary, emulator: pageEmulator, width: 160, height: 48,
                                                         extra: ["--crawl-rate", "0"])
        subjects.append(Subject(name: "relaydeck --crawl-rate 0", pty: page, emulator: pageEmulator))
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": Self.toolsHome()]
        for (name, path, args) in [("htop -d 20", "/usr/bin/htop", ["-d", "20"]), ("btop (2 s)", "/usr/bin/btop", []),
                                   ("watch -n2 'curl … | jq .'", "/usr/bin/watch", ["-n2", pageEmulator.curlCommand(limit: 50) + " | jq ."])] {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                report.add(name, "not installed", note: "apt-get install \(path.split(separator: "/").last!)")
                continue
            }
            subjects.append(Subject(name: name, pty: try PtyProcess(path: path, arguments: args, environment: env, rows: 48, cols: 160),
                                    withChildren: name.hasPrefix("watch")))
        }
        print("settling \(Int(settle)) s, then measuring \(Int(window)) s, all at once …")
        Self.drainAll(subjects, for: .seconds(settle))
        // The window starts a second into a minute: the clock's turn (the header's time, the ages in minutes) falls
        // outside it, so bytes count what polls cost. What the turn costs is printed apart.
        let intoMinute = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        if window <= 58 { Self.drainAll(subjects, for: .milliseconds(Int((61 - intoMinute).truncatingRemainder(dividingBy: 60) * 1000))) }
        let figures = Self.measure(subjects, window: window)
        for (s, f) in zip(subjects, figures) {
            report.add("\(s.name): CPU, wake-ups/s, bytes a 2 s, RSS",
                       String(format: "%.3f %%", f.cpuPercent),
                       note: String(format: "%.1f wake-ups/s%@, %.0f B / 2 s, %.1f MB", f.wakeups,
                                    s.emulator == nil ? "" : String(format: " (%.1f requests/s)", f.requests), f.bytesPer2s, f.rssMB))
        }
        guard let htop = zip(subjects, figures).first(where: { $0.0.name.hasPrefix("htop") })?.1 else { return }
        let mine = figures[0]
        report.add("relaydeck (crawl on) CPU / htop's, same run", measured: mine.cpuPercent / max(0.001, htop.cpuPercent),
                   format: "%.2f", unit: "×", limit: 0.5, note: String(format: "%.3f %% vs %.3f %%", mine.cpuPercent, htop.cpuPercent))
        report.add("relaydeck (crawl on) wake-ups/s beyond its requests", measured: max(0, mine.wakeups - mine.requests),
                   format: "%.2f", unit: "/s", limit: 2, note: String(format: "%.1f wake-ups/s, %.1f requests/s", mine.wakeups, mine.requests))
        if let watch = zip(subjects, figures).first(where: { $0.0.name.hasPrefix("watch") })?.1 {
            report.add("relaydeck (crawl on) bytes a 2 s between clock turns / watch's", measured: mine.bytesPer2s / max(1, watch.bytesPer2s), format: "%.2f",
                       unit: "×", limit: 1, note: String(format: "%.0f B vs %.0f B", mine.bytesPer2s, watch.bytesPer2s))
        }
        report.add("relaydeck (crawl on) RSS at 1,000 sessions", measured: mine.rssMB, format: "%.1f", unit: " MB", limit: 20)
    }

    /// Reads every subject's output for `duration`, each on a thread of its own (so none blocks on a full pty; not
    /// `concurrentPerform`, which runs only as many at once as there are cores).
    static func drainAll(_ subjects: [Subject], for duration: Duration) {
        nonisolated(unsafe) let each = subjects  // each thread reads its own pty only
        inParallel(each.count) { i in _ = each[i].pty.readBursts(for: duration) }
    }

    /// Runs `body(0..<n)` on `n` threads at once and waits for all.
    static func inParallel(_ n: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for i in 0..<n {
            group.enter()
            Thread {
                body(i)
                group.leave()
            }.start()
        }
        group.wait()
    }

    /// The window's figures for each subject, all read at once; rates over the window's measured length.
    static func measure(_ subjects: [Subject], window: Double) -> [Figures] {
        let before = subjects.map { s in (cpu: Self.cpu(s), switches: s.pty.threadSwitches(), requests: s.emulator?.requestsServed() ?? 0) }
        let bytes = UnsafeMutableBufferPointer<Int>.allocate(capacity: subjects.count)
        defer { bytes.deallocate() }
        nonisolated(unsafe) let each = subjects, counts = bytes  // each thread reads its own pty and writes its own slot
        let took = ContinuousClock().measure {
            inParallel(each.count) { i in
                counts[i] = each[i].pty.readBursts(for: .seconds(window)).reduce(0) { $0 + $1.bytes.count }
            }
        }
        let seconds = Stats.seconds(took)
        return subjects.enumerated().map { i, s in
            let switches = PtyProcess.voluntaryDelta(before[i].switches, s.pty.threadSwitches())
            let requests = (s.emulator?.requestsServed() ?? 0) - before[i].requests
            return Figures(cpuPercent: (Self.cpu(s) - before[i].cpu) / seconds * 100, wakeups: Double(switches) / seconds,
                           requests: Double(requests) / seconds, bytesPer2s: Double(bytes[i]) / seconds * 2, rssMB: s.pty.residentMB())
        }
    }

    /// CPU seconds of a subject: its threads' time on a CPU to the nanosecond, or, when it asks for its reaped
    /// children's too (`watch`: curl and jq are gone by the time they are counted), utime+stime in ticks.
    static func cpu(_ s: Subject) -> Double {
        guard s.withChildren else { return s.pty.runSeconds() }
        guard let stat = try? String(contentsOfFile: "/proc/\(s.pty.pid)/stat", encoding: .utf8),
              let tail = stat.split(separator: ")").last else { return .nan }
        let f = tail.split(separator: " ")
        let ticks = [11, 12, 13, 14].reduce(0.0) { $0 + (Double(f[$1]) ?? 0) }
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// A HOME for htop and btop with btop set to update every 2 s (its default is 2 s too; written so it stays so).
    static func toolsHome() -> String {
        let home = NSTemporaryDirectory() + "relaydeck-bench-tools"
        try? FileManager.default.createDirectory(atPath: home + "/.config/btop", withIntermediateDirectories: true)
        try? "update_ms = 2000\n".write(toFile: home + "/.config/btop/btop.conf", atomically: true, encoding: .utf8)
        return home
    }

    /// The measured binary stripped (the jump-host build: `scripts/build-static.sh release`).
    static func binarySize(_ binary: String, report: BenchReport) {
        let stripped = NSTemporaryDirectory() + "relaydeck-bench-stripped"
        let strip = Process()
        strip.executableURL = URL(fileURLWithPath: "/usr/bin/strip")
        strip.arguments = ["-o", stripped, binary]
        guard (try? strip.run()) != nil else { return report.add("the binary, stripped", "strip not found") }
        strip.waitUntilExit()
        let bytes = (try? FileManager.default.attributesOfItem(atPath: stripped)[.size] as? Int) ?? 0
        try? FileManager.default.removeItem(atPath: stripped)
        report.add("the binary, stripped", measured: Double(bytes) / 1_000_000, format: "%.1f", unit: " MB", limit: 30,
                   note: "\(bytes) B: \(binary)")
    }

    /// A page of 100 new sessions: the Codable path against the scanner, the median of many decodes each.
    static func decoding(_ report: BenchReport) {
        let sessions = (0..<100).map { FleetPipeline.session($0) }
        let page = SessionPage(sessions: sessions, totalCount: 100_000,
                               pagination: Pagination(number: 1, nextPageNumber: 2, previousPageNumber: nil, numPages: 1000, hasNext: true, hasPrevious: false))
        let encoder = JSONEncoder()
        guard let data = try? encoder.encode(page) else { return }
        let bytes = Array(data)
        let clock = ContinuousClock()
        func median(_ body: () -> Void) -> Double {
            (0..<9).map { _ in Stats.ms(clock.measure { for _ in 0..<20 { body() } }) / 20 }.sorted()[4]
        }
        let codable = median { _ = try? JSONDecoder().decode(SessionPage.self, from: data) }
        let scanner = median { _ = try? bytes.withUnsafeBufferPointer { try ScannedSessionPage(scanning: $0).decoded() } }
        let scanOnly = median { _ = try? bytes.withUnsafeBufferPointer { try ScannedSessionPage(scanning: $0) } }
        report.add("decode a page of 100 new sessions: Codable / scanner", measured: codable / scanner, format: "%.1f", unit: "×", limit: .infinity,
                   note: String(format: "%.3f ms vs %.3f ms (%d B)", codable, scanner, bytes.count))
        report.add("  scanner speed-up (budget ≥ 5×)", codable / scanner >= 5 ? "met" : "short", budget: "≥ 5×",
                   verdict: codable / scanner >= 5 ? .ok : .miss)
        report.add("scan a page of 100 unchanged sessions (fingerprints only)", String(format: "%.3f ms", scanOnly))
    }
}
