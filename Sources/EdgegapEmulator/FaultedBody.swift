import Hummingbird

/// Spoils a reply the way a faulty network or server would: broken JSON, a short body, a huge body,
/// or bytes dripped slowly.
enum FaultedBody {
    struct Cut: Error {}

    static func apply(_ reply: Reply, drip: Int?, fault: Admission.BodyFault) -> Response {
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
            response.body = ResponseBody(contentLength: reply.bytes.count) { writer in
                try await writer.write(ByteBuffer(bytes: sent))
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
    static func oversized(_ size: Int) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        let body = ResponseBody { writer in
            let head = #"{"sessions":[],"padding":""#, tail = #""}"#
            let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 64 * 1024)
            try await writer.write(ByteBuffer(string: head))
            var remaining = max(0, size - head.utf8.count - tail.utf8.count)
            while remaining > 0 {
                let part = min(remaining, chunk.readableBytes)
                try await writer.write(chunk.getSlice(at: chunk.readerIndex, length: part) ?? chunk)
                remaining -= part
            }
            try await writer.write(ByteBuffer(string: tail))
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Sends ten slices a second so the whole body takes about `count / bytesPerSecond` seconds.
    static func dripped(_ bytes: [UInt8], bytesPerSecond: Int) -> ResponseBody {
        let step = max(1, bytesPerSecond / 10)
        return ResponseBody(contentLength: bytes.count) { writer in
            var offset = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + step)
                try await writer.write(ByteBuffer(bytes: bytes[offset..<end]))
                offset = end
                if offset < bytes.count { try await Task.sleep(for: .milliseconds(100)) }
            }
            try await writer.finish(nil)
        }
    }
}
