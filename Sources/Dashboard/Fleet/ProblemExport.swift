import FoundationEssentials

/// One problems-view row as exported: the columns the view shows, in words.
public struct ProblemExport: Sendable, Equatable, Codable {
    public var kind: String
    /// `session` or `lobby`.
    public var target: String
    public var name: String
    public var status: String
    /// The page the session was last seen on (nil for lobbies).
    public var page: Int?
    /// First seen (sessions) or deploying since (lobbies), ISO 8601.
    public var since: String?
    public var error: String?

    /// The problems view's rows as they are listed.
    static func rows(_ state: AppState) -> [ProblemExport] {
        return state.fleet.problems.map { p in
            switch p.target {
            case .session(let id):
                let r = state.fleet.index.records[id]
                return ProblemExport(kind: p.kind.label, target: "session", name: id, status: r?.status ?? "",
                                     page: state.page(of: id), since: p.since.map { $0.formatted(.iso8601) }, error: r?.error)
            case .lobby(let name):
                let l = state.lobbies.feed.value?.first { $0.name == name }
                return ProblemExport(kind: p.kind.label, target: "lobby", name: name, status: l?.status ?? "",
                                     page: nil, since: p.since.map { $0.formatted(.iso8601) }, error: nil)
            }
        }
    }
}
