import AsyncHTTPClient
import Testing
@testable import EdgegapAPI

@Suite struct ClientConfigurationTests {
    @Test func defaults() {
        let options = ClientOptions()
        #expect(options.connectTimeout == .seconds(5))
        #expect(options.requestTimeout == .seconds(10))
        #expect(options.maxResponseBytes == 8 * 1024 * 1024)
        #expect(RelayDeckVersion.current == "0.1.0")
        #expect(RelayDeckVersion.userAgent.hasPrefix("relaydeck/0.1.0 ("))
    }

    @Test func poolFailsFastAndNeverRedirects() {
        let configuration = EdgegapClient.configuration(ClientOptions(connectTimeout: .milliseconds(1500)))
        // A retried refused connection would last until the request deadline.
        #expect(configuration.connectionPool.retryConnectionEstablishment == false)
        #expect(configuration.timeout.connect == .milliseconds(1500))
        #expect(configuration.timeout.read == .seconds(10))
        #expect(String(describing: configuration.redirectConfiguration).contains("disallow"))
    }

    @Test func baseURLLosesTrailingSlashes() async {
        let client = EdgegapClient(baseURL: " https://api.edgegap.com// ", apiKey: APIKey("k"))
        #expect(client.baseURL == "https://api.edgegap.com")
        await client.shutdown()
        await client.shutdown()
    }

    @Test func aSharedHTTPClientIsNotShutDown() async throws {
        let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: EdgegapClient.configuration(.init()))
        let client = EdgegapClient(baseURL: "http://127.0.0.1:1", apiKey: APIKey("k"), httpClient: http)
        await client.shutdown()
        // Still usable: the request reaches the network layer instead of failing as shut down.
        let error = await EmulatorHarness.failure { _ = try await client.listLobbies() }
        #expect(error != .transport(.other, detail: "client already shut down"))
        try await http.shutdown()
    }
}
