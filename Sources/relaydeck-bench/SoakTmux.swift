import Foundation

/// The soak's terminal: a tmux server of its own, the dashboard in its one pane, the pane's output bytes piped to
/// a file (the frames written), the screen read back with capture-pane.
struct SoakTmux {
    let socket: String

    /// Runs a tmux command through `system()` (which reaps its own child: Foundation's Process missed the exit of a
    /// tmux client whose server daemonised); its output when `capture`.
    @discardableResult
    func run(_ args: [String], capture: Bool = true) -> String {
        let out = NSTemporaryDirectory() + "rd-soak-out-\(getpid())"
        let quoted = (["tmux", "-L", socket] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        _ = system(quoted.joined(separator: " ") + " < /dev/null > " + (capture ? out : "/dev/null") + " 2> /dev/null")
        defer { if capture { unlink(out) } }
        return capture ? ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "") : ""
    }

    func start(_ command: String, bytesTo file: String) throws {
        run(["-f", "/dev/null", "new-session", "-d", "-s", "soak", "-x", "160", "-y", "48", command], capture: false)
        run(["pipe-pane", "-o", "-t", "soak", "cat >> '\(file)'"], capture: false)
    }

    func kill() { _ = run(["kill-server"]) }
    func screen() -> String { run(["capture-pane", "-p", "-t", "soak"]) }
    func keys(_ keys: String...) { _ = run(["send-keys", "-t", "soak"] + keys) }
    func literal(_ text: String) { _ = run(["send-keys", "-t", "soak", "-l", text]) }
    var panePID: Int32? { Int32(run(["display-message", "-p", "-t", "soak", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) }

    /// Waits until the screen shows `text`.
    func waitFor(_ text: String, seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if screen().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// The outcome the message line shows for the creation of lobby `name`: ok, failed or unknown.
    func outcome(of name: String, seconds: Double) -> String {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let s = screen()
            if s.contains("outcome unknown \u{2014} refresh to check: create lobby \(name)") { return "unknown" }
            if s.contains("create lobby \(name) failed") { return "failed" }
            if s.contains("created lobby \(name) ") { return "ok" }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return "no outcome"
    }

    static func residentMB(_ pid: Int32) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return .nan }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan) / 1024
        }
        return .nan
    }

    static func cpuSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let fields = stat.split(separator: ")").last?.split(separator: " "), fields.count > 13 else { return .nan }
        return (Double(fields[11]) ?? 0) / 100 + (Double(fields[12]) ?? 0) / 100
    }
}

/// The audit log the soak's dashboard wrote: one outcome per record, by lobby name.
struct SoakAudit {
    private var byTarget: [String: [String]] = [:]
    private(set) var count = 0

    init(path: String) {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let target = obj["target"] as? String, let outcome = obj["outcome"] as? String else { continue }
            count += 1
            let kind = outcome == "ok" ? "ok" : outcome.hasPrefix("unknown") ? "unknown" : "failed"
            byTarget[target, default: []].append(kind)
        }
    }

    func outcomes(for target: String) -> [String] { byTarget[target] ?? [] }
}
