import Foundation

/// `relaydeck-bench soak --minutes N [--binary PATH]`: the dashboard in tmux against a churning emulator whose
/// faults cycle (500s, 429s, dropped connections, latency, the emulator restarted), while a scripted operator
/// creates a lobby every few seconds. Reports RSS at start and end, CPU, frames and bytes written, and every
/// mutation's on-screen outcome against the audit log (none lost, none doubled).
enum SoakBenchmark {
    static func run(_ args: [String]) throws {
        let minutes = Double(value(of: "--minutes", in: args) ?? "1") ?? 1
        let binary = value(of: "--binary", in: args) ?? EngineBenchmark.siblingBinary()
        let port = 20_000 + Int(getpid() % 20_000)
        let work = NSTemporaryDirectory() + "relaydeck-soak-\(getpid())"
        try FileManager.default.createDirectory(atPath: work + "/state", withIntermediateDirectories: true)
        var emulator: EmulatorProcess? = try EmulatorProcess(binary: binary, sessions: 300, port: port, extra: ["--churn"])
        let tmux = SoakTmux(socket: "rd-soak-\(getpid())")
        defer { tmux.kill() }
        let env = "env TERM=xterm-256color LANG=C.UTF-8 XDG_STATE_HOME=\(work)/state XDG_CONFIG_HOME=\(work)/config EDGEGAP_API_KEY=\(EmulatorProcess.key)"
        try tmux.start("\(env) \(binary) --api-url http://127.0.0.1:\(port) --refresh 1", bytesTo: work + "/pane.bytes")
        guard tmux.waitFor(" total", seconds: 30) else { throw PtyProcess.Failed(description: "no session page: \(tmux.screen())") }
        guard let pid = tmux.panePID else { throw PtyProcess.Failed(description: "no dashboard pid") }
        let rss0 = SoakTmux.residentMB(pid), cpu0 = SoakTmux.cpuSeconds(pid)
        tmux.keys("Tab", "Tab")   // the lobby pane: n creates a lobby there
        let phases: [(String, String?)] = [("calm", nil), ("500s", #"{"error_rate_500":0.5}"#), ("calm", nil),
                                           ("429s", #"{"rate_429":0.5,"retry_after":1}"#), ("calm", nil),
                                           ("drops", #"{"drop_connection_rate":0.5}"#), ("calm", nil),
                                           ("latency", #"{"latency_ms":1500}"#), ("calm", nil), ("restart", nil)]
        let start = Date(), end = start.addingTimeInterval(minutes * 60)
        var outcomes: [String: String] = [:], sent = 0, phase = 0, phaseStarted = Date()
        // CPU at each third of the run: a cost that grows with the time a dashboard has run shows as rising thirds.
        var thirds: [Double] = [cpu0]
        while Date() < end {
            if thirds.count < 3 && Date().timeIntervalSince(start) >= Double(thirds.count) * minutes * 20 {
                thirds.append(SoakTmux.cpuSeconds(pid))
            }
            if Date().timeIntervalSince(phaseStarted) > 12 {
                phase = (phase + 1) % phases.count
                phaseStarted = Date()
                let (name, faults) = phases[phase]
                if name == "restart" {
                    emulator?.stop()
                    emulator = nil
                    Thread.sleep(forTimeInterval: 3)   // the API is down for 3 s
                    emulator = try EmulatorProcess(binary: binary, sessions: 300, port: port, extra: ["--churn"])
                } else {
                    emulator?.setFaults(faults)
                }
            }
            sent += 1
            let name = "soak-\(sent)"
            tmux.keys("n")
            guard tmux.waitFor("new lobby name", seconds: 10) else { outcomes[name] = "no prompt"; continue }
            tmux.literal(name)
            tmux.keys("Enter")
            outcomes[name] = tmux.outcome(of: name, seconds: 30)
            FileHandle.standardError.write(Data("soak: \(name) \(phases[phase].0): \(outcomes[name] ?? "")\n".utf8))
            Thread.sleep(forTimeInterval: 3)
        }
        emulator?.setFaults(nil)
        let rss1 = SoakTmux.residentMB(pid), cpu1 = SoakTmux.cpuSeconds(pid)
        thirds.append(cpu1)
        let wall = Date().timeIntervalSince(start)
        tmux.keys("q")
        _ = tmux.waitFor("quit anyway", seconds: 2) ? tmux.keys("Tab", "Enter") : ()
        Thread.sleep(forTimeInterval: 1)
        let audit = SoakAudit(path: work + "/state/relaydeck/audit.jsonl")
        let bytes = (try? FileManager.default.attributesOfItem(atPath: work + "/pane.bytes")[.size] as? Int) ?? -1
        report(minutes: minutes, wall: wall, rss: (rss0, rss1), cpu: cpu1 - cpu0,
               thirds: zip(thirds, thirds.dropFirst()).map { $1 - $0 }, bytes: bytes, sent: sent,
               outcomes: outcomes, audit: audit)
        try? FileManager.default.removeItem(atPath: work)
    }

    static func report(minutes: Double, wall: Double, rss: (Double, Double), cpu: Double, thirds: [Double], bytes: Int, sent: Int,
                       outcomes: [String: String], audit: SoakAudit) {
        var lost = 0, doubled = 0, mismatched = 0, counts: [String: Int] = [:]
        for (name, shown) in outcomes {
            counts[shown, default: 0] += 1
            let records = audit.outcomes(for: name)
            if records.count > 1 { doubled += 1 }
            if shown == "no prompt" { continue }
            guard let recorded = records.first else { lost += 1; continue }
            if shown != recorded { mismatched += 1 }
        }
        print("== soak (\(String(format: "%g", minutes)) min, refresh 1 s, faults cycling every 12 s) ==")
        print(String(format: "RSS start / end              %.1f MB / %.1f MB", rss.0, rss.1))
        print(String(format: "CPU                          %.2f s in %.0f s (%.2f %% of a core)", cpu, wall, 100 * cpu / max(1, wall)))
        print("CPU by third of the run        " + thirds.map { String(format: "%.2f s", $0) }.joined(separator: " / "))
        print("bytes written to the pane     \(bytes)")
        print("mutations sent                \(sent): " + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        print("audit records                 \(audit.count)")
        print("lost (shown, not audited)     \(lost)")
        print("doubled (audited twice)       \(doubled)")
        print("screen vs audit mismatches    \(mismatched)")
        let ok = lost == 0 && doubled == 0 && mismatched == 0 && (counts["no outcome"] ?? 0) == 0
        print("soak: \(ok ? 1 : 0) passed, \(ok ? 0 : 1) failed")
        if !ok { exit(1) }
    }

    static func value(of flag: String, in args: [String]) -> String? {
        guard let i = args.firstIndex(of: flag), i + 1 < args.count else { return nil }
        return args[i + 1]
    }
}
