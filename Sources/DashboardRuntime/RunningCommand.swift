import Dashboard
import FoundationEssentials

/// A background command the runner started and has not seen end.
struct RunningCommand: @unchecked Sendable {
    var run: CommandRun
    var started: Date
    var audit: (any AuditRecording)?
}

/// The background commands running, numbered.
struct RunningCommands: Sendable {
    var next = 0
    var runs: [Int: RunningCommand] = [:]
}
