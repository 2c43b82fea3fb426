/// JSON form used by `/_emulator/faults`: snake_case keys, durations in milliseconds, missing keys = no fault.
extension FaultConfig: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case latencyMs = "latency_ms"
        case jitterMs = "jitter_ms"
        case errorRate500 = "error_rate_500"
        case errorRate503 = "error_rate_503"
        case rate429 = "rate_429"
        case retryAfter = "retry_after"
        case malformedJSONRate = "malformed_json_rate"
        case wrongTypesRate = "wrong_types_rate"
        case truncatedBodyRate = "truncated_body_rate"
        case dropConnectionRate = "drop_connection_rate"
        case slowDrip = "slow_drip_bytes_per_second"
        case oversizedBodyRate = "oversized_body_rate"
        case oversizedBodyBytes = "oversized_body_bytes"
        case perKeyRateLimit = "per_key_rate_limit"
        case unauthorizedKeys = "unauthorized_keys"
        case forbiddenKeys = "forbidden_keys"
        case unauthorizedKeyCount = "unauthorized_key_count"
        case forbiddenKeyCount = "forbidden_key_count"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = FaultConfig()
        func rate(_ key: CodingKeys) throws -> Double {
            let value = try c.decodeIfPresent(Double.self, forKey: key) ?? 0
            guard (0...1).contains(value) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "a rate must be within 0...1")
            }
            return value
        }
        func positive(_ key: CodingKeys) throws -> Int? {
            guard let value = try c.decodeIfPresent(Int.self, forKey: key) else { return nil }
            guard value >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "must not be negative")
            }
            return value
        }
        self.init(
            latency: .milliseconds(try positive(.latencyMs) ?? 0),
            jitter: .milliseconds(try positive(.jitterMs) ?? 0),
            errorRate500: try rate(.errorRate500),
            errorRate503: try rate(.errorRate503),
            rate429: try rate(.rate429),
            retryAfter: try positive(.retryAfter),
            malformedJSONRate: try rate(.malformedJSONRate),
            truncatedBodyRate: try rate(.truncatedBodyRate),
            dropConnectionRate: try rate(.dropConnectionRate),
            slowDrip: try positive(.slowDrip).map { max(1, $0) },
            oversizedBodyRate: try rate(.oversizedBodyRate),
            wrongTypesRate: try rate(.wrongTypesRate),
            oversizedBodyBytes: try positive(.oversizedBodyBytes) ?? defaults.oversizedBodyBytes,
            perKeyRateLimit: try positive(.perKeyRateLimit),
            unauthorizedKeys: try c.decodeIfPresent(Set<String>.self, forKey: .unauthorizedKeys) ?? [],
            forbiddenKeys: try c.decodeIfPresent(Set<String>.self, forKey: .forbiddenKeys) ?? []
        )
    }

    /// Key sets are written as counts only: the control route must not echo API keys back.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(latency.milliseconds, forKey: .latencyMs)
        try c.encode(jitter.milliseconds, forKey: .jitterMs)
        try c.encode(errorRate500, forKey: .errorRate500)
        try c.encode(errorRate503, forKey: .errorRate503)
        try c.encode(rate429, forKey: .rate429)
        try c.encode(retryAfter, forKey: .retryAfter)
        try c.encode(malformedJSONRate, forKey: .malformedJSONRate)
        try c.encode(wrongTypesRate, forKey: .wrongTypesRate)
        try c.encode(truncatedBodyRate, forKey: .truncatedBodyRate)
        try c.encode(dropConnectionRate, forKey: .dropConnectionRate)
        try c.encode(slowDrip, forKey: .slowDrip)
        try c.encode(oversizedBodyRate, forKey: .oversizedBodyRate)
        try c.encode(oversizedBodyBytes, forKey: .oversizedBodyBytes)
        try c.encode(perKeyRateLimit, forKey: .perKeyRateLimit)
        try c.encode(unauthorizedKeys.count, forKey: .unauthorizedKeyCount)
        try c.encode(forbiddenKeys.count, forKey: .forbiddenKeyCount)
    }
}

/// The keys a faults body names that the emulator does not know: refused, as a typo (`error_rate`) would otherwise
/// be taken as "no fault" and inject nothing.
struct UnknownFaults: Decodable {
    let keys: [String]

    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
            .filter { FaultConfig.CodingKeys(stringValue: $0) == nil }.sorted()
    }

    /// The refusal, naming the first unknown key and every known one (nil: all are known).
    var rejection: EmulatorRejection? {
        guard let first = keys.first else { return nil }
        let known = FaultConfig.CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")
        return .badRequest("Unknown fault '\(String(first.prefix(64)))'; the faults are: \(known)")
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
