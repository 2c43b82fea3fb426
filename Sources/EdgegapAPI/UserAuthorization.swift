/// The answer to authorize-user: the session's fields plus the singular `session_user` just added.
public struct UserAuthorization: Codable, Sendable, Equatable {
    public var session: RelaySession
    public var sessionUser: SessionUser?

    public init(session: RelaySession, sessionUser: SessionUser?) {
        self.session = session
        self.sessionUser = sessionUser
    }

    enum CodingKeys: String, CodingKey { case sessionUser = "session_user" }

    public init(from decoder: any Decoder) throws {
        session = try RelaySession(from: decoder)
        sessionUser = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(SessionUser.self, forKey: .sessionUser)
    }

    public func encode(to encoder: any Encoder) throws {
        try session.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(sessionUser, forKey: .sessionUser)
    }
}
