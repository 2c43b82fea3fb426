import HTTPServing
import HTTPTypes
import Logging
import NIOCore

/// The emulator's HTTP front: control routes, then faults and auth, then the twelve API operations.
///
/// Routing is done here on the raw path rather than with Hummingbird's router, because the API's
/// colon paths (`sessions:authorize-user`) and percent-encoded lobby names must be matched exactly.
struct EmulatorResponder: Sendable {
    let store: EmulatorStore
    let config: EmulatorConfig
    let logger: Logger

    func respond(to request: ServedRequest) async -> ServedResponse {
        let path = request.path
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if segments.first == "_emulator" {
            return await control(request, segments.dropFirst())
        }
        let admission = await store.admit(Credential(header: request.headers[.authorization]))
        if admission.delay > .zero { try? await Task.sleep(for: admission.delay) }
        logger.info("\(request.method) \(path) → \(admission.verdict)")
        switch admission.verdict {
        case .proceed: break
        case .drop:
            return .drop
        case .fail(let status):
            return FaultedBody.apply(JSONBody.error(status, "Emulated server error"), drip: admission.drip, fault: .none)
        case .throttle(let retryAfter):
            var reply = JSONBody.error(429, "Too Many Requests")
            if let retryAfter { reply.headers[.retryAfter] = String(retryAfter) }
            return FaultedBody.apply(reply, drip: admission.drip, fault: .none)
        case .unauthorized(let message):
            return JSONBody.error(401, message).response
        case .forbidden(let message):
            return JSONBody.error(403, message).response
        }
        var reply: Reply
        do {
            reply = try await route(request, segments)
        } catch let rejection as EmulatorRejection {
            reply = JSONBody.error(rejection)
        } catch {
            reply = JSONBody.error(500, "Emulated route failed")
        }
        reply = await store.dressed(reply)
        return FaultedBody.apply(reply, drip: admission.drip, fault: admission.bodyFault)
    }

    private func route(_ request: ServedRequest, _ segments: ArraySlice<Substring>) async throws -> Reply {
        let parts = Array(segments)
        switch (request.method, parts.count, parts.first, parts.dropFirst().first) {
        case (_, 3, "v1", "relays"), (_, 4, "v1", "relays"):
            return try await relayRoute(request, parts)
        case (_, 2, "v1", _), (_, 3, "v1", "lobbies"):
            return try await lobbyRoute(request, parts)
        default:
            throw EmulatorRejection.notFound("Not Found")
        }
    }

    static func methodNotAllowed(_ allowed: [HTTPRequest.Method]) -> Reply {
        var reply = JSONBody.error(405, "Method Not Allowed")
        reply.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        return reply
    }

    /// Reads `page` and `limit` (page from 1; limit capped at `maxPageLimit`); 400 for anything else.
    func pageQuery(_ request: ServedRequest) throws(EmulatorRejection) -> (page: Int, limit: Int) {
        let query = request.query
        var page = 1, limit = config.defaultPageLimit
        if let text = query["page"] {
            guard let value = Int(text), value >= 1 else { throw .badRequest("page must be an integer of at least 1") }
            page = value
        }
        if let text = query["limit"] {
            guard let value = Int(text), value >= 1 else { throw .badRequest("limit must be an integer of at least 1") }
            limit = min(value, config.maxPageLimit)
        }
        return (page, limit)
    }
}
