import ArgumentParser
import CTerminal
import FoundationEssentials
import Glibc
import NIOCore
import NIOPosix

/// The process's entry point. Synchronous on purpose: Swift's async `main` parks the main thread in `dispatch_main`,
/// which ends it with `pthread_exit`, and that forced unwind reads the binary's unwind tables (`.eh_frame`), putting
/// megabytes of them in memory for nothing. Here the main thread starts the command's task and sleeps.
@main
enum RelayDeckEntry {
    static func main() {
        // Swift's tasks run on NIO's event loops (the static binary's runtime included).
        EventLoopExecutor.install()
        // One malloc arena for the few threads there are (the terminal's, the event loop): glibc's default of one
        // per thread, each keeping what it freed, held the fleet index's transients three times over. Large blocks
        // (a page's JSON, the first-seen file being written) go back to the system when freed.
        _ = rd_malloc_tune()
        // Detached: `main` is the main actor's, whose queue nothing drains here.
        Task.detached {
            await RelayDeck.runAsRoot()
            Glibc.exit(0)
        }
        // Signals go to the threads that handle them (the terminal's handlers, the signal sources), as when this
        // thread was gone; it only waits for the task to exit the process.
        var all = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, nil)
        while true { pause() }
    }
}

extension RelayDeck {
    /// ArgumentParser's entry point, with its usage-error code (EX_USAGE, 64) mapped to 2 as documented.
    static func runAsRoot() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                Stdio.err((fullMessage(for: error) + "\n"))
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
