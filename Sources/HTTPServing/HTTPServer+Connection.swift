import HTTPTypes
import Logging
import NIOCore
import NIOHTTPTypes

extension HTTPServer {
    /// One connection: requests read whole and answered in turn until the client closes, asks to close, or an answer
    /// says to (a dropped request, a body cut short, a body too large).
    static func serve(_ connection: NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>, bodyLimit: Int, logger: Logger,
                      handler: Handler) async {
        do {
            try await connection.executeThenClose { inbound, outbound in
                var head: HTTPRequest?
                var body: [UInt8] = []
                var tooLarge = false
                for try await part in inbound {
                    switch part {
                    case .head(let h):
                        head = h
                        body = []
                        tooLarge = false
                    case .body(let buffer):
                        if tooLarge { continue }
                        if body.count + buffer.readableBytes > bodyLimit {
                            tooLarge = true
                            body = []
                        } else {
                            body.append(contentsOf: buffer.readableBytesView)
                        }
                    case .end:
                        guard let h = head else { continue }
                        head = nil
                        let (path, query) = ServedRequest.split(target: h.path ?? "/")
                        let request = ServedRequest(method: h.method, path: path, query: query, headers: h.headerFields,
                                                    body: body, bodyTooLarge: tooLarge)
                        let response = await handler(request)
                        if response.dropsConnection { return }
                        try await write(response, to: outbound, headOnly: h.method == .head)
                        let closeAsked = h.headerFields[.connection]?.lowercased() == "close"
                        if tooLarge || closeAsked { return }
                    }
                }
            }
        } catch {
            // A client gone mid-answer, a body cut on purpose, a stop: the connection is closed either way.
            logger.debug("connection ended: \(error)")
        }
    }

    /// Writes the answer; to a HEAD request, its head alone (the length the body would have, no body).
    private static func write(_ response: ServedResponse, to outbound: NIOAsyncChannelOutboundWriter<HTTPResponsePart>,
                              headOnly: Bool) async throws {
        var fields = response.headers
        switch response.body {
        case .bytes(let bytes):
            fields[.contentLength] = String(bytes.count)
            // One write, one flush: head and body leave together, and the client reads them in one wake-up.
            var parts: [HTTPResponsePart] = [.head(HTTPResponse(status: .init(code: response.status), headerFields: fields))]
            if !bytes.isEmpty && !headOnly { parts.append(.body(ByteBuffer(bytes: bytes))) }
            parts.append(.end(nil))
            try await outbound.write(contentsOf: parts)
        case .stream(let length, let produce):
            if let length { fields[.contentLength] = String(length) }
            try await outbound.write(.head(HTTPResponse(status: .init(code: response.status), headerFields: fields)))
            if !headOnly { try await produce(BodyWriter { bytes in try await outbound.write(.body(ByteBuffer(bytes: bytes))) }) }
            try await outbound.write(.end(nil))
        }
    }
}
