import Dashboard
import FoundationEssentials
import Logging

extension Logger {
    /// A mutation's outcome in the log file (`mutation delete S1: ok latency_ms=41`), the dashboard's and the scripts'.
    public func mutation(_ m: Mutation, _ outcome: MutationOutcome, started: Date, ended: Date) {
        let text = switch outcome {
        case .succeeded: "ok"
        case .failed(let e): "failed: \(e)"
        case .unknown(let e): "outcome unknown: \(e)"
        }
        info("mutation \(m.verb) \(m.target): \(text)", metadata: [
            "latency_ms": "\(Int((ended.timeIntervalSince(started) * 1000).rounded()))",
        ])
    }

    /// A mutation written off unanswered when the program ended (`why`: "quit", "SIGTERM"…): it may have happened.
    public func mutationUnanswered(_ m: Mutation, why: String) {
        warning("mutation \(m.verb) \(m.target): outcome unknown: no answer before \(why)")
    }
}
