import EdgegapAPI

/// The authorize-user answer as the spec declares it: the session's fields and the singular `session_user`,
/// without the `session_users` list (which that schema does not list).
struct AuthorizationBody: Encodable {
    let authorization: UserAuthorization

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case authorizationToken = "authorization_token"
        case status, ready, linked, error
        case sessionUser = "session_user"
        case relay
        case webhookURL = "webhook_url"
    }

    func encode(to encoder: any Encoder) throws {
        let session = authorization.session
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(session.sessionID, forKey: .sessionID)
        try c.encodeIfPresent(session.authorizationToken, forKey: .authorizationToken)
        try c.encode(session.status, forKey: .status)
        try c.encode(session.ready, forKey: .ready)
        try c.encode(session.linked, forKey: .linked)
        try c.encodeIfPresent(session.error, forKey: .error)
        try c.encodeIfPresent(authorization.sessionUser, forKey: .sessionUser)
        try c.encodeIfPresent(session.relay, forKey: .relay)
        try c.encodeIfPresent(session.webhookURL, forKey: .webhookURL)
    }
}
