extension EmulatorStore {
    /// Replaces the faults in force.
    public func setFaults(_ faults: FaultConfig) {
        self.faults = faults
        keyWindows.removeAll()
    }

    /// The faults in force.
    public func currentFaults() -> FaultConfig { faults }

    /// Counts the request, draws its faults, then checks its credential and the per-key rate limit.
    func admit(_ credential: Credential) -> Admission {
        stats.requestsServed += 1
        var admission = Admission()
        admission.delay = faults.latency
        if faults.jitter > .zero {
            admission.delay += faults.jitter * Double.random(in: 0...1, using: &faultRandom)
        }
        admission.drip = faults.slowDrip
        if let verdict = drawVerdict(credential) {
            admission.verdict = verdict
        } else {
            admission.bodyFault = drawBodyFault()
        }
        note(admission)
        return admission
    }

    private func drawVerdict(_ credential: Credential) -> Admission.Verdict? {
        if faultRandom.chance(faults.dropConnectionRate) { return .drop }
        if faultRandom.chance(faults.errorRate500) { return .fail(status: 500) }
        if faultRandom.chance(faults.errorRate503) { return .fail(status: 503) }
        if faultRandom.chance(faults.rate429) { return .throttle(retryAfter: faults.retryAfter) }
        let key: String
        switch credential {
        case .missing: return .unauthorized("Missing Authorization header")
        case .malformed: return .unauthorized("Malformed Authorization header: expected 'token <key>'")
        case .key(let value): key = value
        }
        if faults.unauthorizedKeys.contains(key) { return .unauthorized("Authentication failed") }
        guard config.apiKeys.contains(key), !faults.forbiddenKeys.contains(key) else { return .forbidden("Invalid API token") }
        if let limit = faults.perKeyRateLimit, !withinRate(key: key, limit: limit) {
            return .throttle(retryAfter: faults.retryAfter ?? 1)
        }
        return nil
    }

    private func drawBodyFault() -> Admission.BodyFault {
        if faultRandom.chance(faults.oversizedBodyRate) { return .oversized(bytes: faults.oversizedBodyBytes) }
        if faultRandom.chance(faults.truncatedBodyRate) { return .truncated }
        if faultRandom.chance(faults.malformedJSONRate) { return .malformed }
        if faultRandom.chance(faults.wrongTypesRate) { return .wrongTypes }
        return .none
    }

    /// A fixed one-second window per key, on the emulator's clock.
    private func withinRate(key: String, limit: Int) -> Bool {
        let second = now.components.seconds
        var window = keyWindows[key] ?? (second: second, count: 0)
        if window.second != second { window = (second: second, count: 0) }
        window.count += 1
        keyWindows[key] = window
        return window.count <= limit
    }

    private func note(_ admission: Admission) {
        var kind: String?
        switch admission.verdict {
        case .drop: kind = "drop"
        case .fail(let status): kind = String(status)
        case .throttle: kind = "429"
        case .proceed, .unauthorized, .forbidden: break
        }
        switch admission.bodyFault {
        case .malformed: kind = "malformed"
        case .wrongTypes: kind = "wrong_types"
        case .truncated: kind = "truncated"
        case .oversized: kind = "oversized"
        case .none: break
        }
        if let kind { stats.faultsInjected[kind, default: 0] += 1 }
        if admission.drip != nil { stats.faultsInjected["slow", default: 0] += 1 }
    }
}
