import Foundation

/// Receives one record for every mutation sent (the audit log implements it).
public protocol MutationAuditing: Sendable {
    /// Called once per mutation, after its outcome is known.
    func record(_ mutation: Mutation, outcome: MutationOutcome, started: Date, ended: Date)
}
