import Logging
import NIOCore
import NIOPosix
import Testing
@testable import EdgegapAPI

/// The client against malformed and misbehaving servers, over real loopback TCP.
@Suite struct TransportTests {
    static let key = "k-4f9e2c-SECRET-7d1a"

    /// Runs `body` with a client of a canned server, shutting both down afterwards.
    func withCanned<T>(_ reply: CannedServer.Reply, options: ClientOptions = .underLoad,
                       _ body: (EdgegapClient, CannedServer) async throws -> T) async throws -> T {
        let server = try await CannedServer.start(reply)
        let client = EdgegapClient(baseURL: server.baseURL + "/", apiKey: APIKey("Token  \(Self.key)\n"), options: options)
        do {
            let result = try await body(client, server)
            await client.shutdown()
            await server.stop()
            return result
        } catch {
            await client.shutdown()
            await server.stop()
            throw error
        }
    }

    /// The `APIError` `operation` throws, or nil (recorded as an issue) when it does not throw one.
    func failure(_ operation: () async throws -> Void) async -> APIError? {
        do {
            try await operation()
            Issue.record("expected an APIError")
        } catch let error as APIError {
            return error
        } catch {
            Issue.record("not an APIError: \(error)")
        }
        return nil
    }

    @Test func requestsCarryKeyAgentAndEncodedPath() async throws {
        // One body that decodes both as a lobby and as a session page.
        let both = #"{"name":"b","status":"Released","sessions":[],"pagination":{}}"#
        try await withCanned(.http("200 OK", body: both)) { client, server in
            _ = try await client.lobby(name: "a/../b?x#y")
            _ = try await client.listSessions(page: 2, limit: 5)
            let requests = await server.log.waitFor(count: 2)
            #expect(requests.count == 2)
            let lobby = requests[0].lowercased()
            #expect(requests[0].hasPrefix("GET /v1/lobbies/a%2F..%2Fb%3Fx%23y HTTP/1.1\r\n"))
            #expect(lobby.contains("\r\nauthorization: token \(Self.key.lowercased())\r\n"))
            #expect(lobby.contains("\r\nuser-agent: relaydeck/0.1.0 ("))
            #expect(requests[1].hasPrefix("GET /v1/relays/sessions?page=2&limit=5 HTTP/1.1\r\n"))
        }
    }

    @Test func bodiesAreJSON() async throws {
        try await withCanned(.http("200 OK", body: ReferenceJSON.session)) { client, server in
            _ = try await client.revokeUser(sessionID: "0724828881e2-S", token: 3_500_589_645)
            let request = await server.log.waitFor(count: 1)[0]
            #expect(request.hasPrefix("POST /v1/relays/sessions:revoke-user HTTP/1.1\r\n"))
            #expect(request.lowercased().contains("content-type: application/json"))
            #expect(request.hasSuffix(#"{"authorization_token":3500589645,"session_id":"0724828881e2-S"}"#)
                    || request.hasSuffix(#"{"session_id":"0724828881e2-S","authorization_token":3500589645}"#))
        }
    }

    @Test func revokeAnswering204GivesNil() async throws {
        try await withCanned(.http("204 No Content")) { client, _ in
            let revoked = try await client.revokeUser(sessionID: "s", token: 1)
            #expect(revoked == nil)
        }
        try await withCanned(.http("200 OK", body: ReferenceJSON.session)) { client, _ in
            let revoked = try await client.revokeUser(sessionID: "s", token: 1)
            #expect(revoked?.authorizationToken == 3_500_589_645)
        }
    }

    @Test func nonJSONGatewayPage() async throws {
        let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body></html>\r\n"
        try await withCanned(.http("502 Bad Gateway", headers: ["Content-Type: text/html"], body: page)) { client, _ in
            let error = await failure { _ = try await client.listSessions(page: nil, limit: nil) }
            #expect(error == .server(status: 502, message: "502 Bad Gateway"))
            #expect(error?.isRetryable == true)
        }
    }

    @Test func rateLimitedWithRetryAfter() async throws {
        let reply = CannedServer.Reply.http("429 Too Many Requests", headers: ["Retry-After: 3"], body: #"{"message":"slow down"}"#)
        try await withCanned(reply) { client, _ in
            let error = await failure { _ = try await client.listLobbies() }
            #expect(error == .rateLimited(retryAfter: 3, message: "slow down"))
            #expect(error?.description == "rate limited — retry in 3s: slow down")
        }
    }

    @Test func garbageSuccessBodyIsUndecodable() async throws {
        try await withCanned(.http("200 OK", body: "<html>\u{1B}[31m oops\nnot json")) { client, _ in
            let error = await failure { _ = try await client.listSessions(page: 1, limit: 10) }
            #expect(error == .undecodable(endpoint: "GET /v1/relays/sessions", snippet: "<html>·[31m oops·not json"))
        }
    }

    @Test func declaredLengthOverTheLimit() async throws {
        let body = "[" + String(repeating: " ", count: 4096) + "]"
        try await withCanned(.http("200 OK", body: body), options: ClientOptions(maxResponseBytes: 1024)) { client, _ in
            let error = await failure { _ = try await client.listLobbies() }
            guard case .transport(.responseTooLarge, _)? = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }

    @Test func chunkedBodyOverTheLimit() async throws {
        let chunk = String(repeating: " ", count: 1000)
        let chunks = String(repeating: "3E8\r\n\(chunk)\r\n", count: 4) + "0\r\n\r\n"
        let reply = CannedServer.Reply.bytes(Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n\(chunks)".utf8))
        try await withCanned(reply, options: ClientOptions(maxResponseBytes: 2500)) { client, _ in
            let error = await failure { _ = try await client.listLobbies() }
            guard case .transport(.responseTooLarge, _)? = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }

    @Test func connectionClosedMidBody() async throws {
        let reply = CannedServer.Reply.bytes(Array("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"sessions\": [".utf8))
        try await withCanned(reply) { client, _ in
            let error = await failure { _ = try await client.listSessions(page: nil, limit: nil) }
            guard case .transport(.connectionLost, _)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(error?.isRetryable == true)
        }
    }

    @Test func serverThatNeverAnswers() async throws {
        let options = ClientOptions(connectTimeout: .seconds(2), requestTimeout: .milliseconds(300))
        try await withCanned(.silent, options: options) { client, _ in
            let error = await failure { _ = try await client.listLobbies() }
            guard case .transport(.timedOut, _)? = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }

    @Test func bodyThatStopsHalfway() async throws {
        let reply = CannedServer.Reply.bytesThenHang(Array("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[".utf8))
        let options = ClientOptions(connectTimeout: .seconds(2), requestTimeout: .milliseconds(300))
        try await withCanned(reply, options: options) { client, _ in
            let error = await failure { _ = try await client.listLobbies() }
            guard case .transport(.timedOut, _)? = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }

    @Test func refusedPortFailsAsConnectFailed() async throws {
        // Port 1 (tcpmux) has no listener here; a just-stopped server's port could be taken by a parallel test.
        let port = 1
        // The connect timeout is longer than the request timeout: a pool that retried the refused connection
        // would end in a deadline (timedOut) instead of connectFailed.
        let options = ClientOptions(connectTimeout: .seconds(20), requestTimeout: .seconds(3))
        let client = EdgegapClient(baseURL: "http://127.0.0.1:\(port)", apiKey: APIKey(Self.key), options: options)
        let error = await failure { _ = try await client.listLobbies() }
        await client.shutdown()
        #expect(error == .transport(.connectFailed, detail: "connection refused"))
    }

    @Test func cancellingTheTaskCancelsTheRequest() async throws {
        try await withCanned(.silent, options: ClientOptions(requestTimeout: .seconds(30))) { client, server in
            let call = Task { try await client.listSessions(page: nil, limit: nil) }
            #expect(await server.log.waitFor(count: 1).count == 1)
            call.cancel()
            let result = await call.result
            guard case .failure(let error as APIError) = result else { Issue.record("got \(result)"); return }
            #expect(error == .cancelled)
        }
    }

    @Test func alreadyCancelledTaskSendsNothing() async throws {
        try await withCanned(.http("200 OK", body: "[]")) { client, server in
            let call = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await client.listLobbies()
            }
            let result = await call.result
            guard case .failure(let error as APIError) = result else { Issue.record("got \(result)"); return }
            #expect(error == .cancelled)
            #expect(await server.log.requests.isEmpty)
        }
    }

    @Test func emptyPathParameterIsRejectedLocally() async throws {
        try await withCanned(.http("200 OK", body: ReferenceJSON.lobby)) { client, server in
            let error = await failure { _ = try await client.lobby(name: "") }
            #expect(error == .badRequest(message: "empty lobby name"))
            #expect(await server.log.requests.isEmpty)
        }
    }
}
