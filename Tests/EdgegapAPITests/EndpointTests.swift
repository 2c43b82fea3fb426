import Testing
@testable import EdgegapAPI

@Suite struct EndpointTests {
    @Test func pathSegmentsAreEncodedAsOneSegment() {
        #expect(PathSegment.encode("a/../b?x#y") == "a%2F..%2Fb%3Fx%23y")
        #expect(PathSegment.encode("lobby_name-1.2~") == "lobby_name-1.2~")
        #expect(PathSegment.encode("a b%c&d=e+f") == "a%20b%25c%26d%3De%2Bf")
        #expect(PathSegment.encode("é😀") == "%C3%A9%F0%9F%98%80")
        #expect(PathSegment.encode("..") == "%2E%2E")
        #expect(PathSegment.encode(".") == "%2E")
        #expect(PathSegment.encode("") == "")
    }

    @Test func lobbyPathsStayInTheirCollection() {
        #expect(Endpoint.lobby(name: "a/../b?x#y").target == "/v1/lobbies/a%2F..%2Fb%3Fx%23y")
        #expect(Endpoint.deleteLobby(name: "../relays").target == "/v1/lobbies/..%2Frelays")
        #expect(Endpoint.session(id: "7349356945f1-S").target == "/v1/relays/sessions/7349356945f1-S")
    }

    @Test func labelsNameTheTemplateNotTheValue() {
        #expect(Endpoint.lobby(name: "secret-ish").label == "GET /v1/lobbies/{lobby_name}")
        #expect(Endpoint.deleteSession(id: "x").label == "DELETE /v1/relays/sessions/{session_id}")
        #expect(Endpoint.listSessions(page: 2, limit: 5).label == "GET /v1/relays/sessions")
        #expect(Endpoint.revokeUser(RevokeUserRequest(sessionID: "s", authorizationToken: 1)).label
                == "POST /v1/relays/sessions:revoke-user")
    }

    @Test func sessionListQuery() {
        #expect(Endpoint.listSessions(page: nil, limit: nil).target == "/v1/relays/sessions")
        #expect(Endpoint.listSessions(page: 2, limit: 5).target == "/v1/relays/sessions?page=2&limit=5")
        #expect(Endpoint.listSessions(page: nil, limit: 100).target == "/v1/relays/sessions?limit=100")
    }

    @Test func bodiesAndMethods() {
        #expect(Endpoint.createLobby(name: "x").method == .POST)
        #expect(Endpoint.deployLobby(name: "x").path == "/v1/lobbies:deploy")
        #expect(Endpoint.terminateLobby(name: "x").path == "/v1/lobbies:terminate")
        #expect(Endpoint.listLobbies().body == nil)
        #expect(Endpoint.deleteSession(id: "x").method == .DELETE)
        #expect(Endpoint.authorizeUser(AuthorizeUserRequest(sessionID: "s", userIP: "1.1.1.1")).body != nil)
    }
}
