import Foundation
import Testing
@testable import EdgegapAPI

/// What the client puts on the wire, compared with the reference page's request examples.
@Suite struct RequestBodyTests {
    /// The body of the one request the client sends for `call`, parsed as JSON.
    func sentBody(_ call: @Sendable (EdgegapClient) async throws -> Void) async throws -> (head: String, json: NSDictionary?) {
        let server = try await CannedServer.start(.http("200 OK", body: ReferenceJSON.session))
        let client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey("k"))
        try? await call(client)
        let request = await server.log.waitFor(count: 1).first ?? ""
        await client.shutdown()
        await server.stop()
        let parts = request.components(separatedBy: "\r\n\r\n")
        let json = try? JSONSerialization.jsonObject(with: Data((parts.last ?? "").utf8)) as? NSDictionary
        return (parts.first ?? "", json)
    }

    func reference(_ text: String) throws -> NSDictionary? {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
    }

    @Test func createSessionMatchesTheReferenceExample() async throws {
        let request = CreateSessionRequest(ips: ["1.1.1.1"],
                                           filters: [SessionFilter(field: "location", values: ["US"], filterType: .any)],
                                           webhookURL: "https://my-webhook.com/dump")
        let sent = try await sentBody { _ = try await $0.createSession(request) }
        #expect(sent.head.hasPrefix("POST /v1/relays/sessions HTTP/1.1"))
        #expect(sent.json == (try reference("""
            {"users":[{"ip":"1.1.1.1"}],"filters":[{"field":"location","values":["US"],"filter_type":"any"}],
             "webhook_url":"https://my-webhook.com/dump"}
            """)))
    }

    @Test func optionalFieldsAreOmitted() async throws {
        let sent = try await sentBody { _ = try await $0.createSession(CreateSessionRequest(ips: ["1.1.1.1", "1.1.1.1"])) }
        #expect(sent.json == (try reference(#"{"users":[{"ip":"1.1.1.1"},{"ip":"1.1.1.1"}]}"#)))
    }

    @Test func authorizeAndLobbyBodies() async throws {
        let authorize = try await sentBody { _ = try await $0.authorizeUser(sessionID: "0724828881e2-S", ip: "1.1.1.1") }
        #expect(authorize.json == (try reference(#"{"session_id":"0724828881e2-S","user_ip":"1.1.1.1"}"#)))
        let deploy = try await sentBody { _ = try await $0.deployLobby(name: "lobby_name") }
        #expect(deploy.head.hasPrefix("POST /v1/lobbies:deploy HTTP/1.1"))
        #expect(deploy.json == (try reference(#"{"name":"lobby_name"}"#)))
        let terminate = try await sentBody { _ = try await $0.terminateLobby(name: "a/b") }
        #expect(terminate.json == (try reference(#"{"name":"a/b"}"#)))
    }

    @Test func deletesAndGetsHaveNoBody() async throws {
        let delete = try await sentBody { try await $0.deleteSession(id: "7349356945f1-S") }
        #expect(delete.head.hasPrefix("DELETE /v1/relays/sessions/7349356945f1-S HTTP/1.1"))
        #expect(delete.json == nil)
        #expect(!delete.head.lowercased().contains("content-type"))
    }
}
