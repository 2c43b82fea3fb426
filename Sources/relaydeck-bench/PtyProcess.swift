import CTerminal
import Foundation

/// A child process on a pseudo-terminal: bytes it writes are read (and counted) from the master.
final class PtyProcess {
    let pid: pid_t
    let master: Int32

    struct Failed: Error, CustomStringConvertible { let description: String }

    init(path: String, arguments: [String], environment: [String: String], rows: Int, cols: Int) throws {
        let argv = [path] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var fd: Int32 = -1
        let child = withCStrings(argv) { a in withCStrings(envp) { e in rd_pty_spawn(a, e, Int32(rows), Int32(cols), &fd) } }
        guard child > 0 else { throw Failed(description: "cannot start \(path) on a pty (errno \(errno))") }
        pid = child
        master = fd
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Reads until no byte arrives for `quiet`; returns the bytes read.
    func readUntilQuiet(_ quiet: Duration = .milliseconds(400), limit: Duration = .seconds(30)) -> [UInt8] {
        var out: [UInt8] = []
        let clock = ContinuousClock()
        let start = clock.now
        var chunk = [UInt8](repeating: 0, count: 65536)
        while clock.now - start < limit {
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ms = Int32(quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000)
            guard poll(&pfd, 1, ms) > 0 else { break }
            let n = read(master, &chunk, chunk.count)
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    func send(_ text: String) {
        _ = text.withCString { write(master, $0, strlen($0)) }
    }

    /// utime + stime of the whole process, in seconds.
    func cpuSeconds() -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let tail = stat.split(separator: ")").last else { return .nan }
        let fields = tail.split(separator: " ")
        let ticks = (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0)
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Time on a CPU of every live thread, in seconds, to the nanosecond (`/proc/PID/task/*/schedstat`): the 10 ms
    /// ticks of `cpuSeconds` are a sixth of what an idle program spends in a minute.
    func runSeconds() -> Double {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var ns = 0.0
        for task in tasks {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8),
                  let first = text.split(separator: " ").first, let v = Double(first) else { continue }
            ns += v
        }
        return tasks.isEmpty ? .nan : ns / 1e9
    }

    /// Voluntary and involuntary context switches of each thread, by thread id (with its name).
    func threadSwitches() -> [Int: (name: String, voluntary: Int, involuntary: Int)] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var out: [Int: (name: String, voluntary: Int, involuntary: Int)] = [:]
        for task in tasks {
            guard let tid = Int(task),
                  let status = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/status", encoding: .utf8) else { continue }
            var entry = (name: "?", voluntary: 0, involuntary: 0)
            for line in status.split(separator: "\n") {
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else { continue }
                if parts[0] == "Name" { entry.name = parts[1] }
                if parts[0] == "voluntary_ctxt_switches" { entry.voluntary = Int(parts[1]) ?? 0 }
                if parts[0] == "nonvoluntary_ctxt_switches" { entry.involuntary = Int(parts[1]) ?? 0 }
            }
            out[tid] = entry
        }
        return out
    }

    /// Waits up to `timeout` for the child to exit; returns its wait status, or nil.
    func waitForExit(timeout: Duration) -> Int32? {
        let clock = ContinuousClock()
        let start = clock.now
        var status: Int32 = 0
        while clock.now - start < timeout {
            if waitpid(pid, &status, WNOHANG) == pid { return status }
            _ = readUntilQuiet(.milliseconds(10), limit: .milliseconds(20))
        }
        return nil
    }
}

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let array: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) } + [nil]
    return array.withUnsafeBufferPointer { body($0.baseAddress!) }
}
