import EdgegapAPI

/// A change the user asked the API to make. Every one is confirmed or validated first, reported and audited.
public enum Mutation: Sendable, Equatable, Hashable {
    case createSession(CreateSessionRequest)
    case deleteSession(id: String)
    case authorizeUser(sessionID: String, ip: String)
    case revokeUser(sessionID: String, token: UInt32, ip: String)
    case createLobby(name: String)
    case deployLobby(name: String)
    case terminateLobby(name: String)
    case deleteLobby(name: String)

    /// A short verb for messages and the audit log.
    public var verb: String {
        switch self {
        case .createSession: "create session"
        case .deleteSession: "delete session"
        case .authorizeUser: "authorize user"
        case .revokeUser: "revoke user"
        case .createLobby: "create lobby"
        case .deployLobby: "deploy lobby"
        case .terminateLobby: "terminate lobby"
        case .deleteLobby: "delete lobby"
        }
    }

    /// The target as the messages name it after the verb: the session id, the lobby name, a user by IP on a session
    /// (`9.9.9.9 on 8c05…-S`: the user as its dialog named it), a new session's users.
    public var target: String {
        switch self {
        case .createSession(let r): "for " + r.users.map(\.ip).joined(separator: ",")
        case .deleteSession(let id): id
        case .authorizeUser(let id, let ip), .revokeUser(let id, _, let ip): "\(ip) on \(id)"
        case .createLobby(let n), .deployLobby(let n), .terminateLobby(let n), .deleteLobby(let n): n
        }
    }

    /// The target in the audit log: as `target`, with the token of a revoked user (`8c05…-S 9.9.9.9 token 255…`).
    public var auditTarget: String {
        switch self {
        case .createSession(let r): r.users.map(\.ip).joined(separator: ",")
        case .authorizeUser(let id, let ip): "\(id) \(ip)"
        case .revokeUser(let id, let token, let ip): "\(id) \(ip) token \(token)"
        default: target
        }
    }

    /// What a production profile makes the user type to confirm: the session id, the user's IP, the lobby name
    /// (for a new session, its first user IP).
    public var confirmationText: String {
        switch self {
        case .revokeUser(_, _, let ip), .authorizeUser(_, let ip): ip
        case .createSession(let r): r.users.first?.ip ?? auditTarget
        default: sessionID ?? lobbyName ?? auditTarget
        }
    }

    /// The key that blocks a second identical action on the same target while one is in flight.
    public var pendingKey: PendingKey {
        switch self {
        case .createSession(let r): PendingKey(kind: .createSession, target: target(of: r))
        case .deleteSession(let id): PendingKey(kind: .deleteSession, target: id)
        case .authorizeUser(let id, let ip): PendingKey(kind: .authorizeUser, target: "\(id)|\(ip)")
        case .revokeUser(let id, let token, _): PendingKey(kind: .revokeUser, target: "\(id)|\(token)")
        case .createLobby(let n): PendingKey(kind: .createLobby, target: n)
        case .deployLobby(let n): PendingKey(kind: .deployLobby, target: n)
        case .terminateLobby(let n): PendingKey(kind: .terminateLobby, target: n)
        case .deleteLobby(let n): PendingKey(kind: .deleteLobby, target: n)
        }
    }

    /// True for the mutations that make something new.
    public var isCreate: Bool {
        switch self {
        case .createSession, .createLobby: true
        default: false
        }
    }

    /// True for the deletes (a 404 answer means the target was gone already).
    public var isDelete: Bool {
        switch self {
        case .deleteSession, .deleteLobby: true
        default: false
        }
    }

    /// True for the mutations that destroy something (they need a confirmation dialog).
    public var isDestructive: Bool {
        switch self {
        case .deleteSession, .revokeUser, .terminateLobby, .deleteLobby: true
        default: false
        }
    }

    /// The session this mutation touches, when it touches one.
    public var sessionID: String? {
        switch self {
        case .deleteSession(let id), .authorizeUser(let id, _), .revokeUser(let id, _, _): id
        default: nil
        }
    }

    /// The lobby this mutation touches, when it touches one.
    public var lobbyName: String? {
        switch self {
        case .createLobby(let n), .deployLobby(let n), .terminateLobby(let n), .deleteLobby(let n): n
        default: nil
        }
    }

    private func target(of r: CreateSessionRequest) -> String { r.users.map(\.ip).joined(separator: ",") }
}

/// Identifies an in-flight action: its kind and target.
public struct PendingKey: Sendable, Hashable {
    /// What kind of action.
    public enum Kind: String, Sendable, Hashable {
        case createSession, deleteSession, authorizeUser, revokeUser, createLobby, deployLobby, terminateLobby, deleteLobby
    }

    public var kind: Kind
    public var target: String
}
