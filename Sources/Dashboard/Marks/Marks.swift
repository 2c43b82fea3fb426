/// What the user marked for a bulk action, by identity — a session, a user of a session, a lobby — never by row
/// position, so a mark stays on its target while the list moves under it. Marking order is kept (the dialog names
/// the first few).
public struct Marks: Sendable, Equatable {
    /// A user of a session, as revoking needs it.
    public struct User: Sendable, Hashable {
        public var sessionID: String
        public var token: UInt32
        public var ip: String
    }

    public private(set) var sessions: [String] = []
    public private(set) var users: [User] = []
    public private(set) var lobbies: [String] = []

    public init() {}

    public var count: Int { sessions.count + users.count + lobbies.count }
    public var isEmpty: Bool { count == 0 }

    /// Marks `id`, or unmarks it when it was; true when it is now marked.
    @discardableResult
    public mutating func toggle(session id: String) -> Bool { Self.toggle(id, in: &sessions) }
    @discardableResult
    public mutating func toggle(lobby name: String) -> Bool { Self.toggle(name, in: &lobbies) }
    @discardableResult
    public mutating func toggle(user: User) -> Bool { Self.toggle(user, in: &users) }

    /// Marks `id` (no change when it is marked already).
    public mutating func mark(session id: String) { if !sessions.contains(id) { sessions.append(id) } }
    public mutating func mark(lobby name: String) { if !lobbies.contains(name) { lobbies.append(name) } }

    public func contains(session id: String) -> Bool { sessions.contains(id) }
    public func contains(lobby name: String) -> Bool { lobbies.contains(name) }
    public func contains(user: User) -> Bool { users.contains(user) }

    /// Drops the marks of what `keep` says no longer exists; returns what was dropped, in words (`session 8c05…-S`).
    public mutating func drop(sessions gone: Set<String> = [], lobbies goneLobbies: Set<String> = [],
                              users goneUsers: (User) -> Bool = { _ in false }) -> [String] {
        var said: [String] = []
        said += sessions.filter(gone.contains).map { "session \($0)" }
        said += lobbies.filter(goneLobbies.contains).map { "lobby \($0)" }
        said += users.filter(goneUsers).map { "user \($0.ip) on \($0.sessionID)" }
        sessions.removeAll(where: gone.contains)
        lobbies.removeAll(where: goneLobbies.contains)
        users.removeAll(where: goneUsers)
        return said
    }

    /// Unmarks what a bulk action acted on.
    public mutating func remove(_ m: Mutation) {
        switch m {
        case .deleteSession(let id): sessions.removeAll { $0 == id }
        case .revokeUser(let id, let token, _): users.removeAll { $0.sessionID == id && $0.token == token }
        case .terminateLobby(let n), .deleteLobby(let n): lobbies.removeAll { $0 == n }
        default: break
        }
    }

    public mutating func clear() { self = Marks() }

    private static func toggle<T: Equatable>(_ x: T, in list: inout [T]) -> Bool {
        if let i = list.firstIndex(of: x) {
            list.remove(at: i)
            return false
        }
        list.append(x)
        return true
    }
}
