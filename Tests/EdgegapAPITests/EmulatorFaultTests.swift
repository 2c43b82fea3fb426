import EdgegapAPI
import EdgegapEmulator
import Testing

/// The client's error mapping against the emulator's injected faults.
@Suite struct EmulatorFaultTests {
    func expectFailure(_ faults: FaultConfig, options: ClientOptions = ClientOptions(connectTimeout: .seconds(2), requestTimeout: .seconds(5)),
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ check: (APIError) -> Bool) async throws {
        try await EmulatorHarness.run(EmulatorConfig(sessions: 3), options: options) { client, server in
            await server.setFaults(faults)
            let error = await EmulatorHarness.failure({ _ = try await client.listSessions(page: 1, limit: 10) },
                                                      sourceLocation: sourceLocation)
            if let error { #expect(check(error), "got \(error)", sourceLocation: sourceLocation) }
        }
    }

    @Test func throttledWithRetryAfter() async throws {
        try await expectFailure(FaultConfig(rate429: 1, retryAfter: 2)) { $0 == .rateLimited(retryAfter: 2, message: "Too Many Requests") }
    }

    @Test func serverErrors() async throws {
        try await expectFailure(FaultConfig(errorRate500: 1)) { if case .server(500, _) = $0 { true } else { false } }
        try await expectFailure(FaultConfig(errorRate503: 1)) { if case .unavailable = $0 { true } else { false } }
    }

    @Test func malformedBodyIsUndecodable() async throws {
        try await expectFailure(FaultConfig(malformedJSONRate: 1)) {
            if case .undecodable(endpoint: "GET /v1/relays/sessions", let snippet) = $0 { snippet.hasPrefix("{") } else { false }
        }
    }

    @Test func wrongTypesAreUndecodable() async throws {
        try await expectFailure(FaultConfig(wrongTypesRate: 1)) {
            if case .undecodable(endpoint: "GET /v1/relays/sessions", _) = $0 { true } else { false }
        }
    }

    @Test func truncatedOrDroppedIsConnectionLost() async throws {
        try await expectFailure(FaultConfig(truncatedBodyRate: 1)) { $0.transportFailure == .connectionLost }
        try await expectFailure(FaultConfig(dropConnectionRate: 1)) { $0.transportFailure == .connectionLost }
    }

    @Test func oversizedBodyIsRefused() async throws {
        let options = ClientOptions(maxResponseBytes: 64 * 1024)
        try await expectFailure(FaultConfig(oversizedBodyRate: 1, oversizedBodyBytes: 1 << 20), options: options) {
            $0.transportFailure == .responseTooLarge
        }
    }

    @Test func slowDripHitsTheRequestTimeout() async throws {
        let options = ClientOptions(connectTimeout: .seconds(2), requestTimeout: .milliseconds(500))
        try await expectFailure(FaultConfig(slowDrip: 20), options: options) { $0.transportFailure == .timedOut }
    }
}

extension APIError {
    var transportFailure: TransportFailure? { if case .transport(let failure, _) = self { failure } else { nil } }
}
