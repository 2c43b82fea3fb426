import EdgegapAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import FoundationEssentials
#endif

extension EmulatorStore {
    /// Queues the session's webhook; with the system clock a task wakes when the session is due.
    func scheduleWebhook(for session: StoredSession) {
        pendingWebhooks.append(session.id)
        guard !config.manualClock else { return }
        let wait = session.settlesAt - now
        Task { [weak self] in
            try? await Task.sleep(for: wait)
            await self?.deliverDueWebhooks()
        }
    }

    /// Sends one POST for each queued session that has become ready; never waits for the receiver.
    func deliverDueWebhooks() {
        let time = now
        var stillPending: [String] = []
        for id in pendingWebhooks {
            guard let session = sessions[id] else { continue }
            guard session.isSettled(at: time) else {
                stillPending.append(id)
                continue
            }
            guard session.failure == nil, let url = session.webhookURL,
                  let body = JSONBody.encoded(session.render(at: time, statuses: config.sessionStatuses))
            else { continue }
            let delivery = webhooks
            Task { [weak self] in
                let delivered = await delivery.deliver(Array(body), to: url)
                await self?.recordWebhook(delivered: delivered)
            }
        }
        pendingWebhooks = stillPending
    }
}
