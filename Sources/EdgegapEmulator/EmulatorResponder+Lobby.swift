import EdgegapAPI
import HTTPServing
import HTTPTypes

extension EmulatorResponder {
    /// `/v1/lobbies`, `/v1/lobbies:deploy|terminate`, `/v1/lobbies/{name}` (the name percent-decoded as one segment).
    func lobbyRoute(_ request: ServedRequest, _ parts: [Substring]) async throws -> Reply {
        let limit = config.maxRequestBody
        if parts.count == 3 {
            guard let name = PercentDecoding.decode(parts[2]) else { throw EmulatorRejection.notFound("Lobby not found") }
            switch request.method {
            case .get: return JSONBody.response(200, try await store.lobby(name: name))
            case .delete: return JSONBody.response(200, try await store.deleteLobby(name: name))
            default: return Self.methodNotAllowed([.get, .delete])
            }
        }
        switch parts[1] {
        case "lobbies":
            switch request.method {
            case .get:
                let all = await store.allLobbies()
                // Without page/limit the whole list comes back on one page, as clients expect a full list.
                let explicit = request.query["page"] != nil || request.query["limit"] != nil
                let query = explicit ? try pageQuery(request) : (page: 1, limit: max(1, all.count))
                return JSONBody.response(200, LobbyListBody.page(all, page: query.page, limit: query.limit))
            case .post:
                let body = try await JSONBody.decode(LobbyNameRequest.self, from: request, limit: limit)
                return JSONBody.response(200, try await store.createLobby(name: body.name))
            default: return Self.methodNotAllowed([.get, .post])
            }
        case "lobbies:deploy":
            guard request.method == .post else { return Self.methodNotAllowed([.post]) }
            let body = try await JSONBody.decode(LobbyNameRequest.self, from: request, limit: limit)
            return JSONBody.response(202, try await store.deployLobby(name: body.name))
        case "lobbies:terminate":
            guard request.method == .post else { return Self.methodNotAllowed([.post]) }
            let body = try await JSONBody.decode(LobbyNameRequest.self, from: request, limit: limit)
            return JSONBody.response(202, try await store.terminateLobby(name: body.name))
        default:
            throw EmulatorRejection.notFound("Not Found")
        }
    }
}

/// The emulator's lobby list: `{data:[…], total_count, pagination}` (the API's shape is not settled).
struct LobbyListBody: Encodable {
    let data: [Lobby]
    let totalCount: Int
    let pagination: Pagination

    enum CodingKeys: String, CodingKey {
        case data
        case totalCount = "total_count"
        case pagination
    }

    static func page(_ all: [Lobby], page: Int, limit: Int) -> LobbyListBody {
        let start = (page - 1).multipliedReportingOverflow(by: limit)
        let slice = (!start.overflow && start.partialValue < all.count)
            ? Array(all[start.partialValue..<min(all.count, start.partialValue + limit)]) : []
        return LobbyListBody(data: slice, totalCount: all.count, pagination: .of(page: page, limit: limit, total: all.count))
    }
}
