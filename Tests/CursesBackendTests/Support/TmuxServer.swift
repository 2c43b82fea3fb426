import Foundation

/// A private tmux server (its own socket) running one pane, for end-to-end terminal tests.
final class TmuxServer {
    let socket: String
    private let config: URL
    private let tmux = "/usr/bin/tmux"

    /// Starts `command` (run by `sh -c`) in a detached session of `width`×`height`; the pane stays after exit.
    init(command: String, width: Int = 80, height: Int = 24) throws {
        socket = "rdtest-\(getpid())-\(UUID().uuidString.prefix(8))"
        config = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf")
        try "set -g remain-on-exit on\nset -g default-terminal tmux-256color\n".write(to: config, atomically: true, encoding: .utf8)
        let started = try runProcess(tmux, ["-L", socket, "-f", config.path, "new-session", "-d",
                                            "-x", "\(width)", "-y", "\(height)", command],
                                     captureOutput: false)
        guard started.status == 0 else { throw TmuxFailed(what: "new-session exited \(started.status)") }
    }

    struct TmuxFailed: Error { let what: String }

    deinit {
        _ = try? runProcess(tmux, ["-L", socket, "kill-server"])
        try? FileManager.default.removeItem(at: config)
    }

    /// Runs a tmux command against this server; returns its output.
    @discardableResult
    func command(_ arguments: String...) throws -> String {
        try command(arguments)
    }

    /// Runs a tmux command given as a list.
    @discardableResult
    func command(_ arguments: [String]) throws -> String {
        try runProcess(tmux, ["-L", socket] + arguments).output
    }

    /// The visible lines of the pane.
    func lines() throws -> [String] {
        try command("capture-pane", "-p").components(separatedBy: "\n")
    }

    /// The pane's text.
    func screen() throws -> String { try command("capture-pane", "-p") }

    /// A tmux format string evaluated for the pane (e.g. `#{pane_dead}`).
    func format(_ f: String) throws -> String {
        try command("display-message", "-p", f).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane's process exit status, once tmux has reaped it (a little after the pane shows as dead).
    var exitStatus: Int32? { (try? format("#{pane_dead_status}")).flatMap { Int32($0) } }
    var alternateScreenOn: Bool { (try? format("#{alternate_on}")) == "1" }
    var panePID: pid_t? { (try? format("#{pane_pid}")).flatMap { pid_t($0) } }

    /// True once `pid` has exited (a zombie or gone): the moment the process ended, whenever tmux reaps it.
    static func hasExited(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    func sendKeys(_ keys: String...) throws {
        try runProcess(tmux, ["-L", socket, "send-keys"] + keys)
    }
}
