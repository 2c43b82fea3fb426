import EdgegapAPI

/// The copyable fields of the detail pane, top to bottom; j/k move through them and then the users.
public enum DetailField: Int, Sendable, Equatable, CaseIterable {
    case token, relay, serverLink, clientLink

    /// The field's value in `s` (nil when the session has none yet).
    func value(in s: RelaySession) -> String? {
        switch self {
        case .token: s.authorizationToken.map(String.init)
        case .relay: s.relay?.ip
        case .serverLink: s.relay?.ports?.server?.link
        case .clientLink: s.relay?.ports?.client?.link
        }
    }

    /// The label the detail pane draws the field under.
    var label: String {
        switch self {
        case .token: "token"
        case .relay: "relay"
        case .serverLink: "server"
        case .clientLink: "client"
        }
    }
}
