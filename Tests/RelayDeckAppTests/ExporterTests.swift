import AsyncHTTPClient
import Dashboard
import DashboardRuntime
import EdgegapAPI
import Foundation
import Logging
import RelayDeckExporter
import Synchronization
import Testing

/// Issue 18: the exporter serves the model's census from one crawl (nothing fetched at scrape time), in Prometheus's
/// text format; a lobby status no lobby has any more is no longer exported.
@Suite struct ExporterTests {
    static func samples(_ text: String, _ name: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix(name + "{") || line.hasPrefix(name + " ") {
            let parts = line.split(separator: " ")
            out[String(parts[0])] = Double(parts[1])
        }
        return out
    }

    @Test func aGoneLabelSetIsNoLongerExported() {
        let m = ExporterMetrics()
        var c = Census()
        c.sessions = [.ready: 3, .failed: 1, .initializing: 0, .stuck: 0]
        c.lobbies = ["READY": 2, "Error": 1]
        c.apiUp = true
        m.publish(c)
        let first = String(decoding: m.scrape(), as: UTF8.self)
        #expect(Self.samples(first, "edgegap_lobbies") == ["edgegap_lobbies{status=\"READY\"}": 2, "edgegap_lobbies{status=\"Error\"}": 1])
        #expect(Self.samples(first, "edgegap_relay_sessions").values.reduce(0, +) == 4)
        #expect(Self.samples(first, "relaydeck_api_up") == ["relaydeck_api_up": 1])
        // HELP says where the census comes from.
        #expect(first.contains("# HELP edgegap_relay_sessions Relay sessions by state") && first.contains("nothing is fetched at scrape time"))
        c.lobbies = ["READY": 2]
        c.apiUp = false
        m.publish(c)
        let second = String(decoding: m.scrape(), as: UTF8.self)
        #expect(Self.samples(second, "edgegap_lobbies") == ["edgegap_lobbies{status=\"READY\"}": 2])
        #expect(!second.contains("Error"))
        #expect(Self.samples(second, "relaydeck_api_up") == ["relaydeck_api_up": 0])
    }

    @Test func requestsAndEventsAreCounted() {
        let m = ExporterMetrics()
        m.answered(endpoint: "sessions", code: "200", seconds: 0.04)
        m.answered(endpoint: "sessions", code: "200", seconds: 0.3)
        m.answered(endpoint: "lobbies", code: "503", seconds: 1.2)
        m.recorded([Event(at: Date(), kind: .sessionGone, detail: "38 sessions", count: 38), Event(at: Date(), kind: .apiDown)])
        let text = String(decoding: m.scrape(), as: UTF8.self)
        #expect(Self.samples(text, "relaydeck_api_requests_total") == [
            "relaydeck_api_requests_total{endpoint=\"sessions\",code=\"200\"}": 2,
            "relaydeck_api_requests_total{endpoint=\"lobbies\",code=\"503\"}": 1,
        ])
        #expect(Self.samples(text, "relaydeck_api_request_duration_seconds_count") == ["relaydeck_api_request_duration_seconds_count": 3])
        #expect(Self.samples(text, "relaydeck_events_total") == [
            "relaydeck_events_total{kind=\"session-gone\"}": 38, "relaydeck_events_total{kind=\"api-down\"}": 1,
        ])
    }

    /// The model, the exporter and a scrape over loopback: the census equals the emulator's sessions, and a scrape
    /// sends no request to the API.
    @Test func aScrapeServesTheCrawlsCensus() async throws {
        let emu = try await EmulatorFixture.start(sessions: 230, lobbies: 4)
        let metrics = ExporterMetrics()
        var config = DashboardConfig(environment: "test", apiHost: "", refresh: 0.5, crawlRate: 50)
        config.front = .exporter
        let model = ModelProgram(config: config, api: emu.client, services: RuntimeServices(observer: metrics, requests: metrics))
        let server = try await ExporterServer.start(host: "127.0.0.1", port: 0, metrics: metrics, logger: Logger(label: "test"))
        let swept = Mutex(false)
        let running = Task {
            await model.run { _, state in
                metrics.publish(state.census)
                if state.fleet.index.completed != nil { swept.withLock { $0 = true } }
                return true
            }
        }
        let deadline = ContinuousClock.now + .seconds(20)
        while !swept.withLock({ $0 }) && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        let before = await emu.server.store.currentStats().requestsServed
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let response = try await http.execute(HTTPClientRequest(url: "http://\(server.address)/metrics"), timeout: .seconds(10))
        let body = String(buffer: try await response.body.collect(upTo: 1 << 20))
        let after = await emu.server.store.currentStats().requestsServed
        // HEAD is answered as GET, without a body; anything else is refused, saying what is allowed.
        var head = HTTPClientRequest(url: "http://\(server.address)/metrics")
        head.method = .HEAD
        let headAnswer = try await http.execute(head, timeout: .seconds(10))
        let headBody = try await headAnswer.body.collect(upTo: 1 << 20)
        var post = HTTPClientRequest(url: "http://\(server.address)/metrics")
        post.method = .POST
        let refused = try await http.execute(post, timeout: .seconds(10))
        _ = try await refused.body.collect(upTo: 1 << 20)
        try await http.shutdown()
        #expect(headAnswer.status == .ok && headBody.readableBytes == 0)
        #expect(headAnswer.headers["content-type"].first?.hasPrefix("text/plain; version=0.0.4") == true)
        #expect(refused.status == .methodNotAllowed && refused.headers["allow"].first == "GET, HEAD")
        model.stop(.interrupted)
        _ = await running.value
        await server.stop()
        await emu.close()
        #expect(response.headers["content-type"].first?.hasPrefix("text/plain; version=0.0.4") == true)
        #expect(Self.samples(body, "edgegap_relay_sessions").values.reduce(0, +) == 230, "\(body)")
        #expect(Self.samples(body, "edgegap_lobbies").values.reduce(0, +) == 4)
        #expect(body.contains("relaydeck_census_last_success_timestamp_seconds "))
        // The scrape itself asked the API nothing (the crawl may have, meanwhile: at most its own next page or two).
        #expect(after - before <= 2, "\(after - before) requests during the scrape")
    }
}
