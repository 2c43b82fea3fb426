import Dashboard
import EdgegapAPI

/// The human and CSV shapes of sessions and lobbies.
public enum ModelTables {
    /// One row a session.
    public static func sessions(_ sessions: [RelaySession]) -> TextTable {
        TextTable(headers: ["SESSION", "STATUS", "READY", "LINKED", "USERS", "RELAY", "SERVER", "CLIENT", "ERROR"],
                  rows: sessions.map { s in
                      [s.sessionID, s.status, yesNo(s.ready), yesNo(s.linked), String(s.sessionUsers.count),
                       s.relay?.host ?? s.relay?.ip ?? "", port(s.relay?.ports?.server), port(s.relay?.ports?.client), s.error ?? ""]
                  })
    }

    /// Fleet search results: the page, then the session's columns.
    public static func fleetHits(_ hits: [FleetHit]) -> TextTable {
        let table = sessions(hits.map(\.session))
        return TextTable(headers: ["PAGE"] + table.headers, rows: zip(hits, table.rows).map { [String($0.page)] + $1 })
    }

    /// The problems view's rows.
    public static func problems(_ rows: [ProblemExport]) -> TextTable {
        TextTable(headers: ["KIND", "TARGET", "NAME", "STATUS", "PAGE", "SINCE", "ERROR"],
                  rows: rows.map { [$0.kind, $0.target, $0.name, $0.status, $0.page.map(String.init) ?? "", $0.since ?? "", $0.error ?? ""] })
    }

    /// Events, as the timeline lists them.
    public static func events(_ events: [Event]) -> TextTable {
        TextTable(headers: ["TIME", "KIND", "TARGET", "DETAIL", "COUNT"],
                  rows: events.map { [TimeStamp.iso8601($0.at), $0.kind.rawValue, $0.target?.name ?? "", $0.detail, String($0.count)] })
    }

    /// An authorize-user answer: the session and the user it added, with the user's token.
    public static func authorization(_ a: UserAuthorization) -> TextTable {
        let u = a.sessionUser
        return TextTable(headers: ["SESSION", "STATUS", "USER IP", "USER TOKEN", "LATITUDE", "LONGITUDE"],
                         rows: [[a.session.sessionID, a.session.status, u?.ipAddress ?? "",
                                 u?.authorizationToken.map(String.init) ?? "", u?.latitude.map { String($0) } ?? "",
                                 u?.longitude.map { String($0) } ?? ""]])
    }

    /// One row a lobby.
    public static func lobbies(_ lobbies: [Lobby]) -> TextTable {
        TextTable(headers: ["LOBBY", "STATUS", "URL"], rows: lobbies.map { [$0.name, $0.status, $0.url] })
    }

    /// A session as `field value` lines, then its users as a table.
    public static func sessionDetail(_ s: RelaySession) -> (fields: TextTable, users: TextTable) {
        let fields: [[String]] = [
            ["session", s.sessionID], ["status", s.status], ["ready", yesNo(s.ready)], ["linked", yesNo(s.linked)],
            ["token", s.authorizationToken.map(String.init) ?? ""], ["relay ip", s.relay?.ip ?? ""],
            ["relay host", s.relay?.host ?? ""], ["server", portText(s.relay?.ports?.server)],
            ["client", portText(s.relay?.ports?.client)], ["webhook", s.webhookURL ?? ""], ["error", s.error ?? ""],
        ]
        let users = TextTable(headers: ["#", "IP", "LATITUDE", "LONGITUDE", "TOKEN"], rows: s.sessionUsers.enumerated().map { i, u in
            [String(i), u.ipAddress, u.latitude.map { String($0) } ?? "", u.longitude.map { String($0) } ?? "",
             u.authorizationToken.map(String.init) ?? ""]
        })
        return (TextTable(headers: ["FIELD", "VALUE"], rows: fields), users)
    }

    static func yesNo(_ b: Bool) -> String { b ? "yes" : "no" }
    static func port(_ p: RelayPort?) -> String { p?.port.map(String.init) ?? "" }
    static func portText(_ p: RelayPort?) -> String {
        guard let p else { return "" }
        return [p.port.map(String.init), p.protocol, p.link].compactMap { $0 }.joined(separator: " ")
    }
}
