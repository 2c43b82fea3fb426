import Foundation
import NIOCore
import NIOHTTP1
import Testing
@testable import EdgegapAPI

@Suite struct ErrorMappingTests {
    func error(_ status: Int, _ body: String = "", headers: [(String, String)] = []) -> APIError {
        APIError(status: status, headers: HTTPHeaders(headers), body: ByteBuffer(string: body),
                 now: Date(timeIntervalSince1970: 784_111_777))
    }

    @Test func statusesMapToTheirCases() {
        let m = #"{"message":"nope"}"#
        #expect(error(400, m) == .badRequest(message: "nope"))
        #expect(error(401, m) == .unauthorized(message: "nope"))
        #expect(error(403, m) == .forbidden(message: "nope"))
        #expect(error(404, m) == .notFound(message: "nope"))
        #expect(error(409, m) == .conflict(message: "nope"))
        #expect(error(429, m) == .rateLimited(retryAfter: nil, message: "nope"))
        #expect(error(500, m) == .server(status: 500, message: "nope"))
        #expect(error(502, m) == .server(status: 502, message: "nope"))
        #expect(error(503, m) == .unavailable(message: "nope"))
        #expect(error(418, m) == .unexpectedStatus(status: 418, message: "nope"))
        #expect(error(302) == .unexpectedStatus(status: 302, message: nil))
    }

    @Test func messagesFromOtherBodies() {
        #expect(error(404) == .notFound(message: nil))
        #expect(error(404, #"{"message":"x","details":{"field":"name"}}"#) == .notFound(message: "x"))
        #expect(error(404, #"{"detail":{"a":1},"error":"gone"}"#) == .notFound(message: "gone"))
        #expect(error(404, #"{"other":1}"#) == .notFound(message: nil))
        #expect(error(404, #"{"message":"  "}"#) == .notFound(message: nil))
        #expect(error(400, "{\"message\":\"bad\\u001b[2Jthing\\nhere\"}") == .badRequest(message: "bad·[2Jthing·here"))
    }

    @Test func aProxyPageGivesItsFirstVisibleLine() {
        let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body></html>"
        #expect(error(502, page) == .server(status: 502, message: "502 Bad Gateway"))
        #expect(error(503, "\n\n  upstream connect error or disconnect/reset before headers\nmore") ==
                .unavailable(message: "upstream connect error or disconnect/reset before headers"))
        let long = String(repeating: "x", count: 500)
        guard case .server(_, let message?) = error(500, long) else { Issue.record("no message"); return }
        #expect(message.count == 121 && message.hasSuffix("…"))
    }

    @Test func retryAfterSecondsAndDates() {
        #expect(error(429, headers: [("Retry-After", "3")]) == .rateLimited(retryAfter: 3, message: nil))
        #expect(error(429, headers: [("retry-after", " 1.5 ")]).retryAfter == 1.5)
        // `now` is 1994-11-06 08:49:37 UTC.
        #expect(error(429, headers: [("Retry-After", "Sun, 06 Nov 1994 08:49:47 GMT")]).retryAfter == 10)
        #expect(error(429, headers: [("Retry-After", "Sun, 06 Nov 1994 08:00:00 GMT")]).retryAfter == 0)
        #expect(error(429, headers: [("Retry-After", "soon")]).retryAfter == nil)
        #expect(error(429, headers: [("Retry-After", "-4")]).retryAfter == nil)
        #expect(RetryAfter.httpDate("Thu, 01 Jan 1970 00:00:00 GMT") == Date(timeIntervalSince1970: 0))
        #expect(RetryAfter.httpDate("Tue, 29 Feb 2028 23:59:59 GMT") == Date(timeIntervalSince1970: 1_835_481_599))
        #expect(RetryAfter.httpDate("Sun, 06 Foo 1994 08:49:37 GMT") == nil)
    }

    @Test func descriptionsAreOneShortLine() {
        #expect(APIError.rateLimited(retryAfter: 3, message: nil).description == "rate limited — retry in 3s")
        #expect(APIError.rateLimited(retryAfter: 0.2, message: "slow").description == "rate limited — retry in 1s: slow")
        #expect(APIError.rateLimited(retryAfter: 125, message: nil).description == "rate limited — retry in 2m05s")
        #expect(APIError.notFound(message: "lobby x").description == "not found: lobby x")
        #expect(APIError.notFound(message: nil).description == "not found")
        #expect(APIError.server(status: 502, message: "502 Bad Gateway").description == "server error 502: 502 Bad Gateway")
        #expect(APIError.transport(.connectFailed, detail: "connection refused").description == "cannot connect: connection refused")
        #expect(APIError.undecodable(endpoint: "GET /v1/lobbies", snippet: "<html>").description
                == "unreadable answer from GET /v1/lobbies: <html>")
        #expect(APIError.cancelled.description == "cancelled")
        #expect(APIError.unauthorized(message: nil).description == "unauthorized: missing or malformed API key")
        #expect(APIError.forbidden(message: "Invalid API token").description == "forbidden: Invalid API token")
        #expect(APIError.unavailable(message: nil).description == "service unavailable — try again later")
        for error in Self.everyCase { #expect(!error.description.contains("\n")) }
    }

    @Test func retryPolicy() {
        let retryable = Self.everyCase.filter(\.isRetryable)
        #expect(retryable == [.rateLimited(retryAfter: 3, message: nil), .server(status: 500, message: nil),
                              .unavailable(message: nil), .transport(.connectFailed, detail: ""),
                              .transport(.timedOut, detail: ""), .transport(.connectionLost, detail: ""),
                              .transport(.other, detail: "")])
        #expect(APIError.rateLimited(retryAfter: 3, message: nil).retryAfter == 3)
        #expect(APIError.server(status: 500, message: nil).retryAfter == nil)
    }

    static let everyCase: [APIError] = [
        .badRequest(message: "m"), .unauthorized(message: nil), .forbidden(message: nil), .notFound(message: nil),
        .conflict(message: nil), .rateLimited(retryAfter: 3, message: nil), .server(status: 500, message: nil),
        .unavailable(message: nil), .unexpectedStatus(status: 302, message: nil),
        .transport(.connectFailed, detail: ""), .transport(.timedOut, detail: ""),
        .transport(.connectionLost, detail: ""), .transport(.responseTooLarge, detail: ""),
        .transport(.other, detail: ""), .undecodable(endpoint: "GET /", snippet: ""), .cancelled,
    ]

    @Test func snippetsAreCleanAndShort() {
        #expect(TextSnippet.make(Array("<html>\u{1B}[31mhi\n\u{202E}x".utf8), limit: 80) == "<html>·[31mhi··x")
        #expect(TextSnippet.make(Array(String(repeating: "é", count: 100).utf8), limit: 80).count == 81)
        #expect(TextSnippet.make(Array([0xFF, 0x41]), limit: 80) == "\u{FFFD}A")
        // Graphemes of many bytes (a letter with 20 combining marks) still end in an ellipsis when cut.
        let heavy = String(repeating: "a" + String(repeating: "\u{301}", count: 20), count: 40)
        #expect(TextSnippet.make(Array(heavy.utf8), limit: 80).hasSuffix("…"))
    }
}
