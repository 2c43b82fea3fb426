import HTTPServing
import HTTPTypes

/// Spoils a reply the way a faulty network or server would: broken JSON, a short body, a huge body,
/// or bytes dripped slowly.
enum FaultedBody {
    struct Cut: Error {}

    static func apply(_ reply: Reply, drip: Int?, fault: Admission.BodyFault) -> ServedResponse {
        var reply = reply
        switch fault {
        case .none:
            break
        case .malformed where (200..<300).contains(reply.status) && !reply.bytes.isEmpty:
            // A valid prefix followed by garbage: a decoder fails part-way, as with a broken proxy.
            reply.bytes = Array(reply.bytes.prefix(reply.bytes.count / 2)) + Array(#",,]}"oops"#.utf8)
        case .malformed:
            break
        case .wrongTypes where (200..<300).contains(reply.status):
            reply.bytes = WrongTypesJSON.swap(reply.bytes)
        case .wrongTypes:
            break
        case .truncated where reply.bytes.count > 1:
            var response = reply.response
            let sent = Array(reply.bytes.prefix(reply.bytes.count / 2))
            response.body = .stream(contentLength: reply.bytes.count) { writer in
                try await writer.write(sent)
                // Throwing after a partial write makes the server close the connection mid-body.
                throw Cut()
            }
            return response
        case .truncated:
            break
        case .oversized(let size):
            return oversized(size)
        }
        var response = reply.response
        if let drip, !reply.bytes.isEmpty {
            response.body = dripped(reply.bytes, bytesPerSecond: drip)
        }
        return response
    }

    /// A 200 with a valid JSON object of about `size` bytes, streamed without a Content-Length.
    static func oversized(_ size: Int) -> ServedResponse {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        let body = ServedResponse.Body.stream(contentLength: nil) { writer in
            let head = #"{"sessions":[],"padding":""#, tail = #""}"#
            let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 64 * 1024)
            try await writer.write(Array(head.utf8))
            var remaining = max(0, size - head.utf8.count - tail.utf8.count)
            while remaining > 0 {
                let part = min(remaining, chunk.count)
                try await writer.write(chunk[..<part])
                remaining -= part
            }
            try await writer.write(Array(tail.utf8))
        }
        return ServedResponse(status: 200, headers: headers, body: body)
    }

    /// Sends ten slices a second so the whole body takes about `count / bytesPerSecond` seconds.
    static func dripped(_ bytes: [UInt8], bytesPerSecond: Int) -> ServedResponse.Body {
        let step = max(1, bytesPerSecond / 10)
        return .stream(contentLength: bytes.count) { writer in
            var offset = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + step)
                try await writer.write(bytes[offset..<end])
                offset = end
                if offset < bytes.count { try await Task.sleep(for: .milliseconds(100)) }
            }
        }
    }
}
