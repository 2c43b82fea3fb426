import Dashboard
import EdgegapAPI

extension ScriptRunner {
    /// `sessions list`: one page (`page`, `limit`), or every page when `all` (JSON: an array of sessions then).
    public func listSessions(page: Int?, limit: Int?, all: Bool) async -> ScriptOutput {
        await attempt {
            if !all {
                let p = try await api.listSessions(page: page, limit: limit)
                if format == .json { return ScriptOutput(stdout: try WireJSON.text(p)) }
                var out = text(ModelTables.sessions(p.sessions))
                if format == .table {
                    out += "page \(p.pagination.number)/\(p.pagination.paginator.numPages) · \(p.totalCount) sessions\n"
                }
                return ScriptOutput(stdout: out)
            }
            var sessions: [RelaySession] = []
            var next: Int? = 1
            var seen = Set<Int>()
            while let n = next, seen.insert(n).inserted {
                let p = try await api.listSessions(page: n, limit: limit ?? 100)
                sessions += p.sessions
                next = p.pagination.hasNext ? (p.pagination.nextPageNumber ?? n + 1) : nil
            }
            if format == .json { return ScriptOutput(stdout: try WireJSON.text(sessions)) }
            return ScriptOutput(stdout: text(ModelTables.sessions(sessions)))
        }
    }

    /// `sessions get ID`: the session's fields and users.
    public func getSession(id: String) async -> ScriptOutput {
        if let problem = Self.idProblem(id) { return .usage(problem) }
        return await attempt {
            let s = try await api.session(id: id)
            if format == .json { return ScriptOutput(stdout: try WireJSON.text(s)) }
            let detail = ModelTables.sessionDetail(s)
            if format == .csv { return ScriptOutput(stdout: text(ModelTables.sessions([s]))) }
            let users = s.sessionUsers.isEmpty ? "no users\n" : text(detail.users)
            return ScriptOutput(stdout: text(detail.fields) + "\n" + users)
        }
    }

    /// `lobbies list` (JSON: an array of lobbies).
    public func listLobbies() async -> ScriptOutput {
        await attempt {
            let lobbies = try await api.listLobbies()
            if format == .json { return ScriptOutput(stdout: try WireJSON.text(lobbies)) }
            return ScriptOutput(stdout: text(ModelTables.lobbies(lobbies)))
        }
    }

    /// `lobbies get NAME`.
    public func getLobby(name: String) async -> ScriptOutput {
        if let problem = InputRules.existingNameProblem(name) { return .usage("lobby name: \(problem)") }
        return await attempt {
            let lobby = try await api.lobby(name: name)
            if format == .json { return ScriptOutput(stdout: try WireJSON.text(lobby)) }
            return ScriptOutput(stdout: text(ModelTables.lobbies([lobby])))
        }
    }

    /// Nil when `id` looks like a session id (non-empty, no spaces or control characters).
    static func idProblem(_ id: String) -> String? {
        if id.isEmpty { return "a session id is required" }
        if id.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) {
            return "session id: no spaces or control characters (got \(UntrustedText.clean(id, limit: 40)))"
        }
        return nil
    }
}
