import Dashboard
import Foundation

/// Keeps a record of every mutation sent (the audit log implements it).
public protocol AuditRecording: Sendable {
    /// Called once per mutation, after its outcome is known.
    func record(_ mutation: Mutation, outcome: MutationOutcome, started: Date, ended: Date)
    /// The newest records, oldest first, one line each (`:audit`).
    func newest(limit: Int) throws -> [String]
}
