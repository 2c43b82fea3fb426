import Dashboard
import DashboardRuntime
import EdgegapAPI
import FoundationEssentials

extension ScriptRunner {
    /// Confirms `mutation` through `gate`, sends it once, records one audit line, and reports the outcome.
    /// Exit 0 on success, 3 when the API refused it, 4 when it was not sent or may or may not have happened.
    /// `inFlight` holds it while it is sent, for a signal to audit it as unknown (see `InFlightMutation`).
    public func perform(_ mutation: Mutation, gate: MutationGate, audit: (any AuditRecording)?,
                        inFlight: InFlightMutation = InFlightMutation()) async -> ScriptOutput {
        let action = "\(mutation.verb) \(mutation.target)"
        if let refusal = gate.refusal(for: UntrustedText.clean(action), target: mutation.confirmationText) { return .usage(refusal) }
        let started = Date()
        inFlight.begin(mutation, audit: audit, at: started)
        let outcome = await MutationCall.run(mutation, on: api)
        // A signal that came first audited it already (as unknown), and the process is on its way out.
        if inFlight.take() != nil {
            let ended = Date()
            audit?.record(mutation, outcome: outcome, started: started, ended: ended)
            logger.mutation(mutation, outcome, started: started, ended: ended)
        }
        let shownAction = UntrustedText.clean(action)
        switch outcome {
        case .succeeded(let result):
            return await attempt { try report(result, action: shownAction) }
        case .failed(let e):
            return ScriptOutput(stderr: "relaydeck: \(shownAction) failed: \(UntrustedText.clean(e.description, limit: 400))\n",
                                exit: ScriptExit(e))
        case .unknown(let e):
            return ScriptOutput(stderr: "relaydeck: \(shownAction): outcome unknown (\(UntrustedText.clean(e.description, limit: 400)))"
                                + " — it may have happened; check before retrying\n", exit: .transport)
        }
    }

    func report(_ result: MutationResult, action: String) throws -> ScriptOutput {
        switch (result, format) {
        case (.session(let s), .json): return ScriptOutput(stdout: try WireJSON.text(s))
        case (.lobby(let l), .json): return ScriptOutput(stdout: try WireJSON.text(l))
        case (.authorization(let a), .json): return ScriptOutput(stdout: try WireJSON.text(a))
        case (.authorization(let a), _):
            return ScriptOutput(stdout: text(ModelTables.authorization(a)), stderr: "relaydeck: \(action): done\n")
        case (.none, .json): return ScriptOutput(stdout: "{}\n")
        case (.session(let s), _): return ScriptOutput(stdout: text(ModelTables.sessions([s])), stderr: "relaydeck: \(action): done\n")
        case (.lobby(let l), _): return ScriptOutput(stdout: text(ModelTables.lobbies([l])), stderr: "relaydeck: \(action): done\n")
        case (.none, _): return ScriptOutput(stderr: "relaydeck: \(action): done\n")
        }
    }
}
