/// The raw requests a `CannedServer` has read.
actor RequestLog {
    private(set) var requests: [String] = []

    func record(_ request: String) { requests.append(request) }

    /// Waits until `count` requests have arrived or `deadline` passes; returns what has arrived.
    func waitFor(count: Int, within deadline: Duration = .seconds(20)) async -> [String] {
        let end = ContinuousClock.now + deadline
        while requests.count < count, ContinuousClock.now < end {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return requests
    }
}
