import HTTPServing
import HTTPTypes

/// A response before it is written: status, headers and the whole body, so faults can rework the bytes.
struct Reply: Sendable {
    var status: Int
    var headers: HTTPFields = HTTPFields()
    var bytes: [UInt8] = []

    /// An empty 204.
    static let noContent = Reply(status: 204)

    /// The plain response.
    var response: ServedResponse {
        ServedResponse(status: status, headers: headers, body: .bytes(bytes))
    }
}
