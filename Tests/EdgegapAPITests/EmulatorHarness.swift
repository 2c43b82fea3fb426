import EdgegapAPI
import EdgegapEmulator
import Testing

/// Runs client tests against the real emulator over loopback HTTP.
enum EmulatorHarness {
    static let key = "k1-emulator-key"

    /// A manual-clock emulator accepting `key`, and a client of it with `clientKey`; both stopped afterwards.
    static func run<T>(_ config: EmulatorConfig = EmulatorConfig(), clientKey: String = key,
                       options: ClientOptions = .underLoad,
                       _ body: (EdgegapClient, EmulatorServer) async throws -> T) async throws -> T {
        var config = config
        config.apiKeys.insert(key)
        config.manualClock = true
        let server = try await EmulatorServer.start(config)
        let client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey(clientKey), options: options)
        do {
            let result = try await body(client, server)
            await client.shutdown()
            await server.stop()
            return result
        } catch {
            await client.shutdown()
            await server.stop()
            throw error
        }
    }

    /// The `APIError` thrown by `operation`; records an issue when it succeeds or throws something else.
    static func failure(_ operation: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> APIError? {
        do {
            try await operation()
            Issue.record("expected an APIError", sourceLocation: sourceLocation)
        } catch let error as APIError {
            return error
        } catch {
            Issue.record("not an APIError: \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
}

extension ClientOptions {
    /// Patient limits for tests that are not about timeouts: the suite runs in parallel on two cores, and a loaded
    /// machine must not turn into a failed test.
    static let underLoad = ClientOptions(connectTimeout: .seconds(30), requestTimeout: .seconds(30))
}
