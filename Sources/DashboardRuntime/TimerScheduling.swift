import FoundationEssentials

/// Runs a closure once after a delay. The runner's timers go through this so that the executable can put them
/// on the event loop it already runs (an idle dashboard then wakes no thread pool at all).
public protocol TimerScheduling: Sendable {
    /// Calls `body` after `seconds` unless the returned handle is cancelled first.
    func schedule(after seconds: Double, _ body: @escaping @Sendable () -> Void) -> TimerHandle
}

/// Cancels a scheduled closure (a no-op once it has run).
public struct TimerHandle: Sendable {
    private let onCancel: @Sendable () -> Void

    public init(cancel: @escaping @Sendable () -> Void) { onCancel = cancel }

    /// Stops the closure from running, if it has not yet.
    public func cancel() { onCancel() }
}

/// The default scheduler: a task that sleeps (Swift concurrency's own timer).
public struct TaskTimers: TimerScheduling {
    public init() {}

    public func schedule(after seconds: Double, _ body: @escaping @Sendable () -> Void) -> TimerHandle {
        let task = Task {
            do { try await Task.sleep(for: .milliseconds(Int(max(0, seconds) * 1000))) } catch { return }
            body()
        }
        return TimerHandle { task.cancel() }
    }
}
