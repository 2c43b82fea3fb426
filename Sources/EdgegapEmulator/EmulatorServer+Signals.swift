import UnixSignals

extension EmulatorServer {
    /// Serves until SIGINT or SIGTERM arrives (or the server fails), then stops cleanly.
    public func runUntilSignalled() async {
        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in signals { return }
            }
            group.addTask { [self] in
                _ = try? await waitUntilStopped()
            }
            await group.next()
            // Stop inside the group: the waiting child only returns once the server has stopped,
            // and the group does not return before its children do.
            await stop()
            group.cancelAll()
        }
    }
}
