import ArgumentParser
import CTerminal
import FoundationEssentials
import Glibc
import NIOCore
import NIOPosix

extension RelayDeck {
    /// ArgumentParser's entry point, with its usage-error code (EX_USAGE, 64) mapped to 2 as documented.
    static func main() async {
        // Swift's tasks run on NIO's event loops (the static binary's runtime included).
        EventLoopExecutor.install()
        // One malloc arena for the few threads there are (the terminal's, two event loops): glibc's default of one
        // per thread, each keeping what it freed, held the fleet index's transients three times over. Large blocks
        // (a page's JSON, the first-seen file being written) go back to the system when freed.
        _ = rd_malloc_tune()
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
