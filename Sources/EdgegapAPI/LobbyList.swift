/// The body of `GET /v1/lobbies`, whose shape no spec settles: a bare array, `{data:[…]}`, `{lobbies:[…]}`
/// or a single lobby object are all accepted.
public struct LobbyList: Decodable, Sendable, Equatable {
    /// The lobbies, in the order the API sent them.
    public var lobbies: [Lobby]

    /// A list of `lobbies`.
    public init(lobbies: [Lobby]) { self.lobbies = lobbies }

    enum CodingKeys: String, CodingKey { case data, lobbies }

    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var lobbies: [Lobby] = []
            while !array.isAtEnd { lobbies.append(try array.decode(Lobby.self)) }
            self.lobbies = lobbies
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if c.contains(.data) {
            lobbies = try c.decodeIfPresent([Lobby].self, forKey: .data) ?? []
        } else if c.contains(.lobbies) {
            lobbies = try c.decodeIfPresent([Lobby].self, forKey: .lobbies) ?? []
        } else {
            lobbies = [try Lobby(from: decoder)]
        }
    }
}
