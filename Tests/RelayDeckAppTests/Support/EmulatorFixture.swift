import EdgegapAPI
import EdgegapEmulator
import Logging
@testable import RelayDeckApp

/// The in-process emulator on loopback and a client for it; `close()` stops both.
struct EmulatorFixture {
    static let key = "fixture-key-8c1f2e77"
    let server: EmulatorServer
    let client: EdgegapClient

    static func start(sessions: Int = 5, lobbies: Int = 3) async throws -> EmulatorFixture {
        let server = try await EmulatorServer.start(EmulatorConfig(apiKeys: [key], sessions: sessions, lobbies: lobbies))
        // Patient limits: the suite runs in parallel on two cores, and these tests are not about timeouts.
        let client = EdgegapClient(baseURL: server.baseURL, apiKey: APIKey("token " + key),
                                   options: ClientOptions(connectTimeout: .seconds(30), requestTimeout: .seconds(30)),
                                   logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        return EmulatorFixture(server: server, client: client)
    }

    func runner(_ format: OutputFormat = .table, terminal: Bool = false) -> ScriptRunner {
        ScriptRunner(api: client, format: format, stdoutIsTerminal: terminal)
    }

    func close() async {
        await client.shutdown()
        await server.stop()
    }
}
