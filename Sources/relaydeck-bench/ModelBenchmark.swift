import Foundation

/// `relaydeck-bench model [--binary PATH] [--fleet 1000,100000] [--window SECONDS]`: the headless front ends of the
/// polling model as processes of their own against an emulator process — the exporter's resident memory (index
/// complete) and CPU at each fleet size at the default crawl budget, a scrape's latency at the largest, and `watch`'s
/// CPU once its first sweep is done.
enum ModelBenchmark {
    static func run(_ args: [String]) throws {
        var binary = EngineBenchmark.siblingBinary()
        var fleets = [1_000, 100_000]
        var window = 60.0
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--binary": binary = args[i + 1]; i += 1
            case "--fleet": fleets = args[i + 1].split(separator: ",").compactMap { Int($0) }; i += 1
            case "--window": window = Double(args[i + 1]) ?? window; i += 1
            default: throw PtyProcess.Failed(description: "unknown option \(args[i])")
            }
            i += 1
        }
        let report = BenchReport()
        for n in fleets {
            do { try exporter(binary: binary, sessions: n, window: window, report: report) } catch {
                report.failed("exporter \(n.formatted())", error)
            }
        }
        do { try watch(binary: binary, sessions: fleets.min() ?? 1_000, window: window, report: report) } catch {
            report.failed("watch", error)
        }
        report.printSummary(build: binary.contains("release") ? "release" : "debug")
        if report.hasErrors { exit(1) }
    }

    /// A headless front end as a process: its first output line, pid, CPU and memory from /proc.
    final class Headless {
        let process = Process()
        let firstLine: String
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("rd-bench-\(UUID().uuidString)").path

        init(binary: String, _ arguments: [String], url: String) throws {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments + ["--api-url", url]
            process.environment = ["EDGEGAP_API_KEY": EmulatorProcess.key, "XDG_STATE_HOME": state, "PATH": "/usr/bin:/bin"]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            var line: [UInt8] = []
            // `watch` prints nothing until an event; the exporter prints its URL at once.
            if arguments.first == "exporter" {
                while let b = out.fileHandleForReading.readData(ofLength: 1).first, b != UInt8(ascii: "\n") { line.append(b) }
            }
            firstLine = String(decoding: line, as: UTF8.self)
        }

        deinit {
            process.interrupt()
            process.waitUntilExit()
            try? FileManager.default.removeItem(atPath: state)
        }

        var cpuSeconds: Double { SoakTmux.cpuSeconds(process.processIdentifier) }
        var residentMB: Double { SoakTmux.residentMB(process.processIdentifier) }
    }

    /// GET of `url` with curl: the body and the time it took, in ms.
    static func get(_ url: String) throws -> (body: String, ms: Double) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        p.arguments = ["-sS", "-w", "\n%{time_total}", url]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0, let nl = text.lastIndex(of: "\n"), let s = Double(text[text.index(after: nl)...]) else {
            throw PtyProcess.Failed(description: "curl \(url): exit \(p.terminationStatus)")
        }
        return (String(text[..<nl]), s * 1000)
    }

    static func exporter(binary: String, sessions n: Int, window: Double, report: BenchReport) throws {
        let emu = try EmulatorProcess(binary: binary, sessions: n)
        let x = try Headless(binary: binary, ["exporter", "--listen", "127.0.0.1:0"], url: emu.url)
        let metrics = x.firstLine
        let name = n.formatted()
        // The index is complete when the first census is exported (at the default budget: ~3.5 min at 100,000).
        let started = Date()
        while !(try get(metrics).body.contains("relaydeck_census_last_success_timestamp_seconds")) {
            guard Date().timeIntervalSince(started) < 600 else { throw PtyProcess.Failed(description: "no census in 10 min") }
            Thread.sleep(forTimeInterval: 1)
        }
        report.add("exporter \(name): first census", String(format: "%.1f s", Date().timeIntervalSince(started)))
        // Issue 18 asks for these figures, with no budget of their own (issue 20's are the dashboard's).
        report.add("exporter \(name): resident memory, index complete", String(format: "%.1f MB", x.residentMB), note: "VmRSS")
        let cpu0 = x.cpuSeconds
        let t0 = Date()
        Thread.sleep(forTimeInterval: window)
        let secs = Date().timeIntervalSince(t0)
        report.add("exporter \(name): CPU, crawl at the default budget, \(Int(secs)) s",
                   String(format: "%.2f %%", (x.cpuSeconds - cpu0) / secs * 100),
                   note: n > 10_000 ? "of a core; at this size the crawl never rests" : "of a core; a sweep every 15 s")
        var times: [Double] = []
        var bytes = 0
        for _ in 0..<20 {
            let (body, ms) = try get(metrics)
            times.append(ms)
            bytes = body.utf8.count
        }
        report.add("exporter \(name): a scrape, request to last byte", String(format: "%.1f ms", Stats.median(times)),
                   note: "median of 20, max \(String(format: "%.1f", times.max() ?? 0)) ms, \(bytes) B; curl's time_total")
    }

    static func watch(binary: String, sessions n: Int, window: Double, report: BenchReport) throws {
        let emu = try EmulatorProcess(binary: binary, sessions: n)
        let w = try Headless(binary: binary, ["watch"], url: emu.url)
        // The first sweep of 1,000 takes two seconds; then it is steady: a sweep every 15 s, the lobbies every 2 s.
        Thread.sleep(forTimeInterval: 10)
        let cpu0 = w.cpuSeconds
        let t0 = Date()
        Thread.sleep(forTimeInterval: window)
        let secs = Date().timeIntervalSince(t0)
        report.add("watch \(n.formatted()): CPU, steady, \(Int(secs)) s", String(format: "%.2f %%", (w.cpuSeconds - cpu0) / secs * 100),
                   note: "of a core, the crawl on at the default budget")
        report.add("watch \(n.formatted()): resident memory", String(format: "%.1f MB", w.residentMB), note: "VmRSS")
    }
}
