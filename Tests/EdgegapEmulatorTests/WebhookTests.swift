@testable import EdgegapEmulator
import EdgegapAPI
import Foundation
import Testing

/// Records deliveries instead of posting them.
actor RecordingWebhooks: WebhookDelivering {
    private(set) var deliveries: [(url: String, session: RelaySession)] = []

    nonisolated func deliver(_ body: [UInt8], to url: String) async -> Bool {
        guard let session = try? JSONDecoder().decode(RelaySession.self, from: Data(body)) else { return false }
        await record(url, session)
        return true
    }

    private func record(_ url: String, _ session: RelaySession) { deliveries.append((url, session)) }
}

@Suite struct WebhookTests {
    @Test func webhookReceivesTheReadySessionOnce() async throws {
        let recorder = RecordingWebhooks()
        let store = await EmulatorStore(config: EmulatorConfig(readyDelay: .seconds(2), manualClock: true), webhooks: recorder)
        let created = try await store.createSession(CreateSessionRequest(ips: ["1.1.1.1"], webhookURL: "http://127.0.0.1:9/hook"))
        await store.advance(by: .seconds(1))
        await store.advance(by: .seconds(1))
        await store.advance(by: .seconds(5))
        // The delivery runs as a task of its own: on a loaded machine (the whole suite in parallel) it can take a while.
        let deadline = ContinuousClock.now + .seconds(20)
        while await recorder.deliveries.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        let deliveries = await recorder.deliveries
        #expect(deliveries.count == 1)
        #expect(deliveries.first?.url == "http://127.0.0.1:9/hook")
        #expect(deliveries.first?.session.sessionID == created.sessionID)
        #expect(deliveries.first?.session.ready == true)
        #expect(await store.currentStats().webhooksSent == 1)
    }

    @Test func badWebhookURLIs400() async throws {
        let store = await EmulatorStore(config: EmulatorConfig(manualClock: true))
        await #expect(throws: EmulatorRejection.self) {
            try await store.createSession(CreateSessionRequest(ips: ["1.1.1.1"], webhookURL: "ftp://x"))
        }
    }
}
