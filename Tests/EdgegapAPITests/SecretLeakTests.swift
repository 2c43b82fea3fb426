import Testing
@testable import EdgegapAPI

/// The API key must not appear in any error, description or log line, even when a server echoes it.
@Suite struct SecretLeakTests {
    static let secret = "k-LEAKCHECK-93b1f0e2a7"

    static let replies: [CannedServer.Reply] = [
        .http("403 Forbidden", body: #"{"message":"token \#(secret) is not valid"}"#),
        .http("401 Unauthorized", body: "bad key \(secret)\nmore"),
        .http("502 Bad Gateway", body: "<html><title>upstream said \(secret)</title></html>"),
        .http("429 Too Many Requests", headers: ["Retry-After: 1"], body: #"{"message":"\#(secret)"}"#),
        .http("200 OK", body: "not json: \(secret)"),
        .http("200 OK", body: #"{"name": 3, "echo": "\#(secret)"}"#),
        .http("302 Found", headers: ["Location: http://127.0.0.1:1/?key=\(secret)"], body: secret),
        .bytes(Array("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n\(secret)".utf8)),
        .silent,
    ]

    @Test func noErrorDescriptionOrLogLineContainsTheKey() async throws {
        let (logger, sink) = LogCapture.logger()
        var descriptions: [String] = []
        for reply in Self.replies {
            let server = try await CannedServer.start(reply)
            let options = ClientOptions(connectTimeout: .seconds(2), requestTimeout: .milliseconds(400))
            let client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey("token \(Self.secret)"),
                                       options: options, logger: logger)
            do {
                _ = try await client.lobby(name: "x")
                Issue.record("expected a failure for \(reply)")
            } catch {
                descriptions += [String(describing: error), String(reflecting: error), "\(error)"]
                if let apiError = error as? APIError { descriptions.append(apiError.message ?? "") }
            }
            await client.shutdown()
            await server.stop()
            descriptions.append(String(describing: client))
        }
        descriptions.append(contentsOf: sink.all)
        #expect(descriptions.count > 30)
        #expect(sink.all.count == Self.replies.count)
        for text in descriptions {
            #expect(!text.contains(Self.secret), "leaked in: \(text)")
        }
    }

    @Test func logLinesNameMethodPathStatusAndLatencyButNoHeaders() async throws {
        let (logger, sink) = LogCapture.logger()
        let server = try await CannedServer.start(.http("200 OK", body: ReferenceJSON.lobby))
        let client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey(Self.secret), logger: logger)
        _ = try await client.lobby(name: "my lobby")
        await client.shutdown()
        await server.stop()
        let lines = sink.all
        #expect(lines.count == 1)
        let line = lines.first ?? ""
        #expect(line.hasPrefix("debug GET /v1/lobbies/my%20lobby 200"))
        #expect(line.contains("status=200") && line.contains("latency_ms="))
        #expect(!line.lowercased().contains("authorization") && !line.contains("relaydeck/"))
    }

    /// Issue 12, item 9: what an operator needs after an incident is logged at info — every failed request with its
    /// method, path, status, duration and error; a good answer stays at debug.
    @Test func failedRequestsAreLoggedAtInfoWithStatusAndDuration() async throws {
        let (logger, sink) = LogCapture.logger()
        let server = try await CannedServer.start(.http("503 Service Unavailable", body: #"{"message":"maintenance"}"#))
        let client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey(Self.secret), logger: logger)
        await #expect(throws: APIError.self) { _ = try await client.listSessions(page: 2, limit: 50) }
        await client.shutdown()
        await server.stop()
        let line = sink.all.first ?? ""
        #expect(line.hasPrefix("info GET /v1/relays/sessions 503: "), "\(line)")
        #expect(line.contains("maintenance") && line.contains("status=503") && line.contains("latency_ms="), "\(line)")
        #expect(!line.contains(Self.secret))
        let refused = EdgegapClient(baseURL: "http://127.0.0.1:1", apiKey: APIKey(Self.secret), logger: logger)
        await #expect(throws: APIError.self) { _ = try await refused.listLobbies() }
        await refused.shutdown()
        #expect(sink.all.last?.hasPrefix("info GET /v1/lobbies failed: ") == true, "\(sink.all.last ?? "")")
    }
}
