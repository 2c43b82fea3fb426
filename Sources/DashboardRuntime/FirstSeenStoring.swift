import Dashboard

/// Keeps first-seen times per profile between runs (a file in the state dir, in the executable).
public protocol FirstSeenStoring: Sendable {
    /// What was saved for `profile` (empty when nothing was).
    func load(profile: String) throws -> [String: FirstSeen.Record]
    /// Replaces what is saved for `profile`.
    func save(profile: String, _ snapshot: FirstSeen.Snapshot) throws
}
