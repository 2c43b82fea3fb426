import HTTPServing
import HTTPTypes

extension EmulatorResponder {
    /// `/_emulator/…`: fault control, stats, reset and clock — no auth, never faulted, emulator only.
    func control(_ request: ServedRequest, _ parts: ArraySlice<Substring>) async -> ServedResponse {
        let reply: Reply
        do {
            reply = try await controlReply(request, Array(parts))
        } catch let rejection as EmulatorRejection {
            reply = JSONBody.error(rejection)
        } catch {
            reply = JSONBody.error(500, "Control route failed")
        }
        return reply.response
    }

    private func controlReply(_ request: ServedRequest, _ parts: [Substring]) async throws -> Reply {
        switch (parts.first ?? "", request.method) {
        case ("faults", .get):
            return JSONBody.response(200, await store.currentFaults())
        case ("faults", .put):
            let faults = try await JSONBody.decode(FaultConfig.self, from: request, limit: config.maxRequestBody)
            if let refused = try await JSONBody.decode(UnknownFaults.self, from: request, limit: config.maxRequestBody).rejection {
                throw refused
            }
            await store.setFaults(faults)
            return JSONBody.response(200, faults)
        case ("faults", .delete):
            await store.setFaults(FaultConfig())
            return JSONBody.response(200, FaultConfig())
        case ("faults", _):
            return Self.methodNotAllowed([.get, .put, .delete])
        case ("hostile", .get):
            return JSONBody.response(200, ["hostile": await store.isHostile])
        case ("hostile", .put), ("hostile", .delete):
            let on = request.method == .put
                ? try await JSONBody.decode([String: Bool].self, from: request, limit: 1024)["hostile"] ?? true : false
            await store.setHostile(on)
            return JSONBody.response(200, ["hostile": on])
        case ("stats", .get):
            return JSONBody.response(200, await store.currentStats())
        case ("reset", .post):
            await store.reset()
            return JSONBody.response(200, await store.currentStats())
        case ("advance", .post):
            guard let text = request.query["ms"], let ms = Int(text), ms >= 0 else {
                throw EmulatorRejection.badRequest("advance needs ?ms=<non-negative integer>")
            }
            await store.advance(by: .milliseconds(ms))
            return JSONBody.response(200, await store.currentStats())
        case ("hostile", _):
            return Self.methodNotAllowed([.get, .put, .delete])
        case ("stats", _), ("reset", _), ("advance", _):
            return Self.methodNotAllowed([parts.first == "stats" ? .get : .post])
        default:
            throw EmulatorRejection.notFound("Not Found")
        }
    }
}
