import Foundation
import Testing
@testable import EdgegapAPI

@Suite struct ModelDecodingTests {
    let decoder = JSONDecoder()

    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try decoder.decode(T.self, from: Data(json.utf8))
    }

    @Test func referenceSessionDecodes() throws {
        let session = try decode(RelaySession.self, ReferenceJSON.session)
        #expect(session.sessionID == "7349356945f1-S")
        #expect(session.authorizationToken == 3_500_589_645)
        #expect(session.status == "READY")
        #expect(session.ready && session.linked)
        #expect(session.error == "Session failed")
        #expect(session.sessionUsers == [SessionUser(ipAddress: "1.1.1.1", latitude: 45.5088, longitude: -73.5878,
                                                      authorizationToken: 21_986_334)])
        #expect(session.relay?.ports?.server?.link == "7349356945f1.st.edgegap.net:32000")
        #expect(session.relay?.ports?.client?.port == 32001)
        #expect(session.webhookURL == "https://my-webhook.com/dump")
        #expect(session.isUsable)
    }

    @Test func tokenAboveInt32RoundTrips() throws {
        let session = try decode(RelaySession.self, ReferenceJSON.session)
        let encoded = try JSONEncoder().encode(session)
        #expect(String(decoding: encoded, as: UTF8.self).contains("3500589645"))
        #expect(try decoder.decode(RelaySession.self, from: encoded) == session)
        let revoke = try JSONEncoder().encode(RevokeUserRequest(sessionID: "s", authorizationToken: 3_500_589_645))
        #expect(String(decoding: revoke, as: UTF8.self).contains("\"authorization_token\":3500589645"))
    }

    @Test func referencePageDecodesWithoutTotalCount() throws {
        let page = try decode(SessionPage.self, ReferenceJSON.sessionPage)
        #expect(page.sessions.count == 1)
        #expect(page.totalCount == 1)
        #expect(page.pagination.number == 1)
        #expect(page.pagination.paginator.numPages == 1)
        #expect(page.pagination.hasNext && page.pagination.hasPrevious)
    }

    @Test func authorizationCarriesTheSingularUser() throws {
        let auth = try decode(UserAuthorization.self, ReferenceJSON.authorization)
        #expect(auth.session.sessionID == "7349356945f1-S")
        #expect(auth.session.sessionUsers.isEmpty)
        #expect(auth.sessionUser?.authorizationToken == 21_986_334)
    }

    @Test func nullRelayErrorAndTokensDecode() throws {
        let session = try decode(RelaySession.self, ReferenceJSON.initializing)
        #expect(session.relay == nil && session.error == nil && session.authorizationToken == nil)
        #expect(session.webhookURL == nil)
        #expect(!session.isUsable)
        let user = try decode(SessionUser.self, #"{"ip_address":"::1","latitude":null,"longitude":null,"authorization_token":null}"#)
        #expect(user == SessionUser(ipAddress: "::1"))
    }

    @Test func unknownFieldsAreIgnoredAndUnknownStatusKept() throws {
        let json = ReferenceJSON.session
            .replacingOccurrences(of: "\"READY\"", with: "\"Quantum-Entangled\"")
            .replacingOccurrences(of: "\"webhook_url\"", with: "\"shiny_new_field\": {\"a\": [1, 2]}, \"webhook_url\"")
        let session = try decode(RelaySession.self, json)
        #expect(session.status == "Quantum-Entangled")
        #expect(session.ready)
    }

    @Test func tokenOutsideUInt32IsRejected() {
        let json = ReferenceJSON.initializing.replacingOccurrences(of: "\"authorization_token\": null",
                                                                   with: "\"authorization_token\": 4294967296")
        #expect(throws: DecodingError.self) { try decode(RelaySession.self, json) }
    }

    @Test func lobbyDecodesWithMissingURL() throws {
        #expect(try decode(Lobby.self, ReferenceJSON.lobby) == Lobby(name: "lobby_name", url: "https://lobby.com", status: "Released"))
        let bare = try decode(Lobby.self, #"{"name":"x","status":"Deploying"}"#)
        #expect(bare.url.isEmpty && !bare.isUsable)
    }

    @Test(arguments: [
        "[\(ReferenceJSON.lobby), {\"name\":\"b\",\"url\":\"\",\"status\":\"READY\"}]",
        "{\"data\": [\(ReferenceJSON.lobby), {\"name\":\"b\",\"status\":\"READY\"}], \"total_count\": 2}",
        "{\"lobbies\": [\(ReferenceJSON.lobby), {\"name\":\"b\",\"url\":\"\",\"status\":\"READY\"}]}",
    ])
    func lobbyListShapes(json: String) throws {
        let list = try decode(LobbyList.self, json)
        #expect(list.lobbies.map(\.name) == ["lobby_name", "b"])
        #expect(list.lobbies[1].status == "READY")
    }

    @Test func lobbyListAsOneObject() throws {
        #expect(try decode(LobbyList.self, ReferenceJSON.lobby).lobbies == [try decode(Lobby.self, ReferenceJSON.lobby)])
        #expect(try decode(LobbyList.self, "[]").lobbies.isEmpty)
        #expect(try decode(LobbyList.self, #"{"data": null}"#).lobbies.isEmpty)
        #expect(throws: DecodingError.self) { try decode(LobbyList.self, #"[{"url":"no name"}]"#) }
    }
}
