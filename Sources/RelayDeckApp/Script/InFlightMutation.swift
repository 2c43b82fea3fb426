import Dashboard
import DashboardRuntime
import FoundationEssentials
import Synchronization

/// A scripted mutation between its send and its answer, with the audit log it goes to: whoever takes it audits it —
/// its answer, or the signal that ends the process first (as unknown, with the signal) — never both, never neither.
public final class InFlightMutation: Sendable {
    public struct Sent: Sendable {
        public var mutation: Mutation
        public var audit: (any AuditRecording)?
        public var started: Date
    }

    private let sent = Mutex<Sent?>(nil)

    public init() {}

    /// The mutation is on its way.
    func begin(_ mutation: Mutation, audit: (any AuditRecording)?, at started: Date) {
        sent.withLock { $0 = Sent(mutation: mutation, audit: audit, started: started) }
    }

    /// Takes what is in flight (nil when nothing is, or its answer or a signal took it already).
    public func take() -> Sent? { sent.withLock { s in defer { s = nil }; return s } }

    /// A signal ends the process: what is in flight is audited as unknown with `why`; returns it when there was one.
    public func writeOff(why: String, at ended: Date) -> Sent? {
        guard let s = take() else { return nil }
        s.audit?.recordUnanswered(s.mutation, why: why, started: s.started, ended: ended)
        return s
    }
}
