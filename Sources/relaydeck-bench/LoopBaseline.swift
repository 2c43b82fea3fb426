import Foundation

/// What the usual alternatives write per refresh in a pty of the same size: a `clear; curl | jq` loop and `watch -n2`.
struct LoopBaseline {
    var binary: String
    var refreshes: Int
    var width: Int
    var height: Int

    func run(_ report: BenchReport, dashboardBytes: Int) throws {
        let emulator = try EmulatorProcess(binary: binary, sessions: 1000)
        let fetch = emulator.curlCommand(limit: 50) + " | jq ."
        let loop = try bytesPerRefresh("while true; do clear; \(fetch); sleep 2; done")
        let watch = try bytesPerRefresh("exec watch -n2 \"\(fetch.replacingOccurrences(of: "\"", with: "\\\""))\"")
        report.add("bytes per refresh: clear; curl | jq loop (page of 50)", "\(loop) B")
        report.add("bytes per refresh: watch -n2 over it", "\(watch) B")
        let ratio = Double(loop) / Double(max(1, dashboardBytes))
        report.add("unchanged poll: loop bytes / dashboard bytes", String(format: "%.0f×", ratio), budget: "≥ 100×",
                   verdict: ratio >= 100 ? .ok : .miss)
        report.add("unchanged poll: dashboard bytes vs watch", "\(dashboardBytes) B vs \(watch) B", budget: "≤ watch",
                   verdict: dashboardBytes <= watch ? .ok : .miss)
    }

    /// Median bytes of the bursts after the first (the first paints the screen from nothing).
    func bytesPerRefresh(_ script: String) throws -> Int {
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/jq"), FileManager.default.isExecutableFile(atPath: "/usr/bin/watch") else {
            throw PtyProcess.Failed(description: "jq or watch missing: apt-get install -y jq procps")
        }
        let pty = try PtyProcess(path: "/bin/sh", arguments: ["-c", script], environment: env, rows: height, cols: width)
        let bursts = pty.readBursts(for: .milliseconds(2000 * (refreshes + 1) + 700), gap: .milliseconds(400))
        let sizes = bursts.dropFirst().map(\.bytes.count)
        guard !sizes.isEmpty else { throw PtyProcess.Failed(description: "no refresh seen from: \(script)") }
        return Stats.median(Array(sizes))
    }
}
