import CTerminal
import Dashboard
import Glibc

/// Starts a custom command's program: its argv exactly as built (no shell), the dashboard's environment plus the run's
/// `RELAYDECK_*` variables, every signal at its default.
enum ProgramLauncher {
    /// Runs `run` on the terminal (the caller has put the screen away); its exit status, 128 + a signal, or -1 when it
    /// could not start.
    static func foreground(_ run: CommandRun) -> Int32 {
        let pid = spawn(run, output: -1)
        return pid < 0 ? -1 : rd_wait(pid)
    }

    /// Runs `run` with standard input empty and its output (standard output and error) captured: its exit status and
    /// its last `keep` lines (at most `maxBytes` of output are kept).
    static func background(_ run: CommandRun, keep: Int, maxBytes: Int = 64 << 10) -> (status: Int32, output: [String]) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return (-1, ["pipe failed (errno \(errno))"]) }
        // Neither end leaks into other programs; the child gets the write end as its output (dup2 clears the flag).
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let pid = spawn(run, output: fds[1])
        close(fds[1])
        guard pid >= 0 else {
            close(fds[0])
            return (-1, ["could not start \(run.argv.first ?? ""): \(String(cString: strerror(errno)))"])
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += chunk[0..<n]
            // The end of a long output is what tells how it ended.
            if bytes.count > maxBytes { bytes.removeFirst(bytes.count - maxBytes) }
        }
        close(fds[0])
        let status = rd_wait(pid)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let dropped = lines.count - keep
        return (status, (dropped > 0 ? ["(\(dropped) earlier line\(dropped == 1 ? "" : "s") not kept)"] : []) + lines.suffix(keep))
    }

    /// The environment a run gets: ours, with its variables over it.
    static func environment(_ run: CommandRun) -> [String] {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        for (k, v) in run.environment { env[k] = v }
        return env.map { "\($0.key)=\($0.value)" }.sorted()
    }

    private static func spawn(_ run: CommandRun, output: Int32) -> pid_t {
        guard let file = run.argv.first else { return -1 }
        return withCStrings(run.argv) { argv in
            withCStrings(environment(run)) { envp in rd_spawn(file, argv, envp, output) }
        }
    }

    /// `strings` as a NULL-terminated C array for the length of `body`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
