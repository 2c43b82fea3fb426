import FoundationEssentials
import Dashboard

/// Builds a `Mutation` from command-line arguments, validating them before anything is sent.
public enum MutationRequest {
    /// `sessions delete ID`.
    public static func deleteSession(_ id: String) -> Result<Mutation, UsageProblem> {
        if let p = ScriptRunner.idProblem(id) { return .failure(UsageProblem(p)) }
        return .success(.deleteSession(id: id))
    }

    /// `sessions authorize ID IP`.
    public static func authorize(_ id: String, ip: String) -> Result<Mutation, UsageProblem> {
        if let p = ScriptRunner.idProblem(id) { return .failure(UsageProblem(p)) }
        if let p = InputRules.ipProblem(ip) { return .failure(UsageProblem("IP: \(p)")) }
        return .success(.authorizeUser(sessionID: id, ip: ip.trimmed()))
    }

    /// `sessions revoke ID TOKEN` (the user's authorization token, a uint32).
    public static func revoke(_ id: String, token: String) -> Result<Mutation, UsageProblem> {
        if let p = ScriptRunner.idProblem(id) { return .failure(UsageProblem(p)) }
        guard let t = UInt32(token) else {
            return .failure(UsageProblem("token: not an authorization token (a number from 0 to 4294967295)"))
        }
        return .success(.revokeUser(sessionID: id, token: t, ip: ""))
    }

    /// `lobbies create|deploy|terminate|delete NAME`.
    public static func lobby(_ verb: LobbyVerb, name: String) -> Result<Mutation, UsageProblem> {
        // Only a new lobby's name follows the create rule; an existing one is looked up as the API has it.
        let problem = verb == .create ? InputRules.lobbyNameProblem(name) : InputRules.existingNameProblem(name)
        if let p = problem { return .failure(UsageProblem("lobby name: \(p)")) }
        switch verb {
        case .create: return .success(.createLobby(name: name))
        case .deploy: return .success(.deployLobby(name: name))
        case .terminate: return .success(.terminateLobby(name: name))
        case .delete: return .success(.deleteLobby(name: name))
        }
    }

    /// The lobby mutations.
    public enum LobbyVerb: String, Sendable, CaseIterable {
        case create, deploy, terminate, delete
    }
}

/// An argument that failed validation.
public struct UsageProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var description: String
    /// A problem described by `text`.
    public init(_ text: String) { description = text }
}
