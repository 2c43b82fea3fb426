import AsyncHTTPClient
import EdgegapEmulator
import Foundation
import NIOCore
import NIOHTTP1

/// A running emulator on a free loopback port with a manual clock, plus a raw HTTP client to poke it.
struct EmulatorHarness {
    static let key = "test-key"

    let server: EmulatorServer
    var store: EmulatorStore { server.store }

    /// One HTTP answer, read in full.
    struct Answer {
        let status: Int
        let headers: [(String, String)]
        let body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:] }
        var message: String? { json["message"] as? String }
        func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
    }

    static func start(_ configure: (inout EmulatorConfig) -> Void = { _ in }) async throws -> EmulatorHarness {
        var config = EmulatorConfig(apiKeys: [key], readyDelay: .seconds(2), lobbyDeployDelay: .seconds(3),
                                    lobbyTerminateDelay: .seconds(2), manualClock: true)
        configure(&config)
        return EmulatorHarness(server: try await EmulatorServer.start(config))
    }

    /// Runs `body` against a fresh emulator with the default test configuration.
    static func with(_ body: (EmulatorHarness) async throws -> Void) async throws {
        try await with({ _ in }, body)
    }

    /// Runs `body` against a fresh emulator and always stops it.
    static func with(_ configure: (inout EmulatorConfig) -> Void,
                     _ body: (EmulatorHarness) async throws -> Void) async throws {
        let harness = try await start(configure)
        do {
            try await body(harness)
        } catch {
            await harness.server.stop()
            throw error
        }
        await harness.server.stop()
    }

    /// Sends a request; `key: nil` sends no Authorization header, `authorization:` overrides it verbatim.
    func send(_ method: HTTPMethod, _ path: String, json: String? = nil, key: String? = EmulatorHarness.key,
              authorization: String? = nil, timeout: TimeAmount = .seconds(10)) async throws -> Answer {
        var request = HTTPClientRequest(url: server.baseURL + path)
        request.method = method
        if let authorization {
            request.headers.add(name: "Authorization", value: authorization)
        } else if let key {
            request.headers.add(name: "Authorization", value: "token \(key)")
        }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return Answer(status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
                      body: Array(buffer.readableBytesView))
    }

    /// Creates a session for `ips` and returns its id.
    func createSession(_ ips: [String] = ["1.1.1.1"]) async throws -> String {
        let users = ips.map { #"{"ip":"\#($0)"}"# }.joined(separator: ",")
        let answer = try await send(.POST, "/v1/relays/sessions", json: #"{"users":[\#(users)]}"#)
        guard answer.status == 200, let id = answer.json["session_id"] as? String else {
            throw HarnessFailure(detail: "create answered \(answer.status): \(answer.text)")
        }
        return id
    }
}

struct HarnessFailure: Error, CustomStringConvertible {
    let detail: String
    var description: String { detail }
}
