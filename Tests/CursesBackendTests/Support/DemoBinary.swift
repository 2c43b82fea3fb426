import Foundation
import Testing

/// The `relaydeck` debug binary the end-to-end tests drive.
enum DemoBinary {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) not found: run `swift build` (or `swift build --product relaydeck`) first." }
    }

    /// The package root, found from this file's path (Tests/CursesBackendTests/Support/DemoBinary.swift).
    static func packageRoot(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `<package>/.build/debug/relaydeck`; throws (failing the test) when it has not been built.
    static func path() throws -> String {
        let path = packageRoot().appendingPathComponent(".build/debug/relaydeck").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(path: path) }
        return path
    }

    /// Quotes a string for `sh`.
    static func shellQuoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held. It waits with `Task.sleep`:
/// a blocked thread of Swift's cooperative pool (two of them on a 2-core machine) stalls every other test.
func eventually(within timeout: Duration, every interval: Duration = .milliseconds(20),
                _ condition: () throws -> Bool) async throws -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while true {
        if try condition() { return true }
        if clock.now >= deadline { return false }
        try await Task.sleep(for: interval)
    }
}

/// `runProcess` on a thread of its own, for programs that run a while (the test runner's pool stays free).
func runProcessOffPool(_ executable: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try runProcess(executable, arguments) }) }.start()
    }
}

/// Runs a program to completion (posix_spawn + waitpid) and returns its standard output. With `captureOutput`
/// false the output goes to /dev/null: needed for commands that leave a daemon behind holding the pipe open
/// (`tmux new-session`).
@discardableResult
func runProcess(_ executable: String, _ arguments: [String], captureOutput: Bool = true) throws -> (status: Int32, output: String) {
    struct SpawnFailed: Error { let errno: Int32 }
    var fds: [Int32] = [-1, -1]
    if captureOutput { guard pipe(&fds) == 0 else { throw SpawnFailed(errno: errno) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    if captureOutput {
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // The test runner's threads block some signals (SIGCHLD among them); a tmux server inheriting that mask
    // would never reap its panes. Children start with an empty mask and default dispositions.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t(), all = sigset_t()
    sigemptyset(&empty)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    if captureOutput { close(fds[1]) }
    guard rc == 0 else {
        if captureOutput { close(fds[0]) }
        throw SpawnFailed(errno: rc)
    }
    var output: [UInt8] = []
    if captureOutput {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fds[0], &chunk, chunk.count)
            if n > 0 { output.append(contentsOf: chunk[0..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (exitStatus, String(decoding: output, as: UTF8.self))
}
