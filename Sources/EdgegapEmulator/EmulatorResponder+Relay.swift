import EdgegapAPI
import HTTPServing
import HTTPTypes

extension EmulatorResponder {
    /// `/v1/relays/sessions`, `/v1/relays/sessions:authorize-user|revoke-user`, `/v1/relays/sessions/{id}`.
    func relayRoute(_ request: ServedRequest, _ parts: [Substring]) async throws -> Reply {
        let limit = config.maxRequestBody
        if parts.count == 4 {
            guard parts[2] == "sessions", let id = PercentDecoding.decode(parts[3]) else {
                throw EmulatorRejection.notFound("Not Found")
            }
            switch request.method {
            case .get: return JSONBody.response(200, try await store.session(id: id))
            case .delete:
                try await store.deleteSession(id: id)
                return .noContent
            default: return Self.methodNotAllowed([.get, .delete])
            }
        }
        switch parts[2] {
        case "sessions":
            switch request.method {
            case .get:
                let query = try pageQuery(request)
                return JSONBody.response(200, await store.sessionPage(page: query.page, limit: query.limit))
            case .post:
                let body = try await JSONBody.decode(CreateSessionRequest.self, from: request, limit: limit)
                return JSONBody.response(200, try await store.createSession(body))
            default: return Self.methodNotAllowed([.get, .post])
            }
        case "sessions:authorize-user":
            guard request.method == .post else { return Self.methodNotAllowed([.post]) }
            let body = try await JSONBody.decode(AuthorizeUserRequest.self, from: request, limit: limit)
            return JSONBody.response(200, AuthorizationBody(authorization: try await store.authorizeUser(body)))
        case "sessions:revoke-user":
            guard request.method == .post else { return Self.methodNotAllowed([.post]) }
            let body = try await JSONBody.decode(RevokeBody.self, from: request, limit: limit)
            return JSONBody.response(200, try await store.revokeUser(try body.request()))
        default:
            throw EmulatorRejection.notFound("Not Found")
        }
    }
}

/// The revoke-user body read with its token as a plain number, so an out-of-range token gets a 400 that
/// says so (the JSON decoder reports a number that does not fit `UInt32` as invalid JSON).
struct RevokeBody: Decodable {
    let sessionID: String
    let authorizationToken: Double

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case authorizationToken = "authorization_token"
    }

    func request() throws(EmulatorRejection) -> RevokeUserRequest {
        guard authorizationToken.rounded() == authorizationToken, (0...Double(UInt32.max)).contains(authorizationToken) else {
            throw .badRequest("authorization_token must be an integer in the uint32 range")
        }
        return RevokeUserRequest(sessionID: sessionID, authorizationToken: UInt32(authorizationToken))
    }
}
