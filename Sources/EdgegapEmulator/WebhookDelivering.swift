import AsyncHTTPClient
import Logging
import NIOCore

/// Something that can POST a session's JSON to a webhook URL; true when the receiver answered 2xx.
protocol WebhookDelivering: Sendable {
    func deliver(_ body: [UInt8], to url: String) async -> Bool
}

/// Webhook delivery over the shared async-http-client: one try, a short timeout, no retry.
struct HTTPWebhookDelivery: WebhookDelivering {
    func deliver(_ body: [UInt8], to url: String) async -> Bool {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(body)
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
            return (200..<300).contains(Int(response.status.code))
        } catch {
            return false
        }
    }
}
