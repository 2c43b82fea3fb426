import Foundation

/// 100,000 sessions: start-up to the first full frame, resident memory, page flips; and navigation under 2 s latency.
struct ScaleBenchmark {
    var binary: String
    var short: Bool
    var width: Int
    var height: Int

    func run(_ report: BenchReport) throws {
        let emulator = try EmulatorProcess(binary: binary, sessions: 100_000)
        var startups: [Double] = [], rss: [Double] = []
        var last: PtyProcess?
        for _ in 0..<(short ? 2 : 5) {
            last = nil   // one dashboard at a time
            let (pty, elapsed) = try DashboardProcess.startLoaded(binary: binary, emulator: emulator, width: width, height: height)
            startups.append(Stats.ms(elapsed))
            _ = pty.readBursts(for: .milliseconds(short ? 500 : 2500))
            rss.append(pty.residentMB())
            last = pty
        }
        report.add("100k sessions: start to first full frame", measured: Stats.median(startups), format: "%.0f", unit: " ms",
                   limit: 300, note: "median of \(startups.map { Int($0) })")
        report.add("100k sessions: resident memory of the dashboard", measured: Stats.median(rss), format: "%.1f", unit: " MB",
                   limit: 60, note: "VmRSS after the first polls")
        guard let pty = last else { return }
        var flips: [Double] = [], loaded: [Double] = []
        for i in 0..<(short ? 4 : 12) {
            let key = i % 4 == 3 ? "[" : "]"
            let (latency, last, _) = pty.timeToOutput(after: key)
            if let latency { flips.append(Stats.ms(latency)) }
            loaded.append(Stats.ms(last))
            _ = pty.readBursts(for: .milliseconds(150))
        }
        report.add("100k sessions: page flip, key to frame written", measured: Stats.median(flips), format: "%.1f", unit: " ms",
                   limit: 16, note: "median of \(flips.count), max \(Stats.text(flips.max())) ms; last byte of the new page \(Stats.text(Stats.median(loaded))) ms")
        pty.send("q")
        _ = pty.waitForExit(timeout: .seconds(3))
    }

    /// Emulator latency 2 s: key press to frame written while polls are pending.
    func latency(_ report: BenchReport) throws {
        let emulator = try EmulatorProcess(binary: binary, sessions: 1000, extra: ["--latency-ms", "2000"])
        let (pty, _) = try DashboardProcess.startLoaded(binary: binary, emulator: emulator, width: width, height: height)
        var times: [Double] = []
        for i in 0..<(short ? 6 : 20) {
            let (latency, _, _) = pty.timeToOutput(after: i % 6 < 3 ? "j" : "k")
            if let latency { times.append(Stats.ms(latency)) }
            _ = pty.readBursts(for: .milliseconds(120))
        }
        report.add("latency 2 s: key press to frame written (polls pending)", measured: Stats.median(times), format: "%.1f",
                   unit: " ms", limit: 20, note: "median of \(times.count), max \(Stats.text(times.max())) ms")
        pty.send("q")
        _ = pty.waitForExit(timeout: .seconds(3))
    }
}
