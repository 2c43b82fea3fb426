import Dashboard
import FoundationEssentials

/// Keeps a record of every mutation sent (the audit log implements it).
public protocol AuditRecording: AnyObject, Sendable {
    /// Called once per mutation, after its outcome is known.
    func record(_ mutation: Mutation, outcome: MutationOutcome, started: Date, ended: Date)
    /// Called once per mutation whose answer did not come before the dashboard left (`why`: quit, a signal): its
    /// outcome is unknown.
    func recordUnanswered(_ mutation: Mutation, why: String, started: Date, ended: Date)
    /// Called once per custom command run, when it ended: the command line, its target, its exit status (nil: still
    /// running when the dashboard left, `why`).
    func recordCommand(_ run: CommandRun, status: Int32?, why: String?, started: Date, ended: Date)
    /// Makes what was recorded durable (the process is about to exit).
    func flush()
    /// The newest records, oldest first, one line each (`:audit`).
    func newest(limit: Int) throws -> [String]
}

extension AuditRecording {
    /// A recorder that keeps no commands (a test's) ignores them.
    public func recordCommand(_ run: CommandRun, status: Int32?, why: String?, started: Date, ended: Date) {}
}
