/// Body of `POST /v1/relays/sessions`.
public struct CreateSessionRequest: Codable, Sendable, Hashable {
    public var users: [UserIP]
    public var filters: [SessionFilter]?
    public var webhookURL: String?

    public init(users: [UserIP], filters: [SessionFilter]? = nil, webhookURL: String? = nil) {
        self.users = users
        self.filters = filters
        self.webhookURL = webhookURL
    }

    /// Convenience: users from their IP addresses.
    public init(ips: [String], filters: [SessionFilter]? = nil, webhookURL: String? = nil) {
        self.init(users: ips.map(UserIP.init(ip:)), filters: filters, webhookURL: webhookURL)
    }

    enum CodingKeys: String, CodingKey {
        case users, filters
        case webhookURL = "webhook_url"
    }
}

/// `{ip}` in a create request.
public struct UserIP: Codable, Sendable, Hashable {
    public var ip: String
    public init(ip: String) { self.ip = ip }
}

/// A location filter on session creation.
public struct SessionFilter: Codable, Sendable, Hashable {
    public var field: String
    public var values: [String]
    public var filterType: FilterType

    public init(field: String, values: [String], filterType: FilterType) {
        self.field = field
        self.values = values
        self.filterType = filterType
    }

    enum CodingKeys: String, CodingKey {
        case field, values
        case filterType = "filter_type"
    }
}

/// `filter_type`: any, all or not.
public enum FilterType: String, Codable, Sendable, Hashable, CaseIterable {
    case any, all, not
}

/// Body of `POST /v1/relays/sessions:authorize-user`.
public struct AuthorizeUserRequest: Codable, Sendable, Equatable {
    public var sessionID: String
    public var userIP: String

    public init(sessionID: String, userIP: String) {
        self.sessionID = sessionID
        self.userIP = userIP
    }

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case userIP = "user_ip"
    }
}

/// Body of `POST /v1/relays/sessions:revoke-user`.
public struct RevokeUserRequest: Codable, Sendable, Equatable {
    public var sessionID: String
    public var authorizationToken: UInt32

    public init(sessionID: String, authorizationToken: UInt32) {
        self.sessionID = sessionID
        self.authorizationToken = authorizationToken
    }

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case authorizationToken = "authorization_token"
    }
}

/// Body of the lobby calls that take a name (`create`, `:deploy`, `:terminate`).
public struct LobbyNameRequest: Codable, Sendable, Equatable {
    public var name: String
    public init(name: String) { self.name = name }
}
