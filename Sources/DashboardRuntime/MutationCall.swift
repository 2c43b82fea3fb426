import Dashboard
import EdgegapAPI

/// Sends one mutation and classifies the outcome: succeeded, failed, or unknown (may have happened).
public enum MutationCall {
    /// Sends `m` once on `api` (never retried) and classifies the answer as succeeded, failed or unknown.
    public static func run(_ m: Mutation, on api: any P2PAPI) async -> MutationOutcome {
        let r: Result<MutationResult, APIError> = await EffectRunner.result {
            switch m {
            case .createSession(let req): return .session(try await api.createSession(req))
            case .deleteSession(let id):
                try await api.deleteSession(id: id)
                return .none
            case .authorizeUser(let id, let ip): return .authorization(try await api.authorizeUser(sessionID: id, ip: ip))
            case .revokeUser(let id, let token, _):
                return try await api.revokeUser(sessionID: id, token: token).map(MutationResult.session) ?? .none
            case .createLobby(let n): return .lobby(try await api.createLobby(name: n))
            case .deployLobby(let n): return .lobby(try await api.deployLobby(name: n))
            case .terminateLobby(let n): return .lobby(try await api.terminateLobby(name: n))
            case .deleteLobby(let n): return .lobby(try await api.deleteLobby(name: n))
            }
        }
        switch r {
        case .success(let v): return .succeeded(v)
        case .failure(let e): return isUnknown(e) ? .unknown(e) : .failed(e)
        }
    }

    /// Errors after which the request may have been applied: the answer was lost, not refused.
    static func isUnknown(_ e: APIError) -> Bool {
        switch e {
        case .transport(let f, _): f.outcomeUnknown
        case .server(let status, _): status == 502 || status == 504
        case .cancelled, .undecodable: true
        default: false
        }
    }
}

