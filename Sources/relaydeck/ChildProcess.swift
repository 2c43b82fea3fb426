#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A short helper program (`tmux load-buffer`): started by `posix_spawnp` with bytes on its standard input and its
/// output thrown away, waited for a bounded time.
enum ChildProcess {
    /// Runs `argv` (looked up on PATH) with `input` on its standard input; its exit status, or nil when it could not
    /// start or took longer than `timeout` seconds (then it is killed).
    static func run(_ argv: [String], input: [UInt8], timeout: Double = 2) -> Int32? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid = pid_t()
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let started = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, environ)
        close(fds[0])
        guard started == 0 else {
            close(fds[1])
            return nil
        }
        // A child that does not read must not block us: the pipe holds 64 KiB, more than a clipboard carries.
        var done = 0
        while done < input.count {
            let n = input.withUnsafeBytes { write(fds[1], $0.baseAddress! + done, input.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        close(fds[1])
        var status: Int32 = 0
        for _ in 0..<Int(timeout * 200) {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f) }
            if r < 0 { return nil }
            usleep(5_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return nil
    }
}
