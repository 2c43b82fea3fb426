import Dashboard
import EdgegapAPI
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Seeded property tests of the text boundaries: UntrustedText, APIKey and InputRules on hostile input.
@Suite struct TextFuzzTests {
    static let iterations = FuzzRandom.iterations(20_000)

    /// clean() is the per-scalar replacement of the first `limit` scalars, plus `…` when more followed;
    /// nothing it returns is a control; cleaning twice changes nothing.
    @Test func untrustedTextIsInertAndCapped() async {
        var random = FuzzRandom(seed: FuzzRandom.seed ^ 10)
        for i in 0..<Self.iterations {
            // Yields now and then: seconds on one of the cooperative pool's two threads would stall the loopback tests.
            if i % 200 == 0 { await Task.yield() }
            let raw = random.hostileString(maxLength: random.pick([4, 40, 400]))
            let limit = random.pick([-1, 0, 1, 3, 16, 60, 256])
            let out = UntrustedText.clean(raw, limit: limit)
            let scalars = Array(raw.unicodeScalars)
            let kept = scalars.prefix(max(0, limit)).map { UntrustedText.clean(String($0), limit: 1) }.joined()
            let expected = kept + (scalars.count > max(0, limit) ? "…" : "")
            #expect(out == expected, "clean(\(raw.debugDescription), limit: \(limit))")
            #expect(!out.unicodeScalars.contains(where: ScreenAudit.isForbidden), "control left in \(out.debugDescription)")
            #expect(UntrustedText.clean(out, limit: Int.max) == out, "not idempotent: \(out.debugDescription)")
            if UntrustedText.isClean(raw, limit: limit) { #expect(out == raw) }
        }
    }

    /// However it is printed, dumped or mirrored, an APIKey never shows the key.
    @Test func apiKeyNeverPrintsTheKey() async {
        var random = FuzzRandom(seed: FuzzRandom.seed ^ 11)
        for i in 0..<Self.iterations {
            if i % 200 == 0 { await Task.yield() }
            let secret = "k" + random.hostileString(maxLength: 30) + "Z9" + String(random.next(), radix: 36)
            let raw = random.pick(["", "token ", "TOKEN\t", " \n"]) + secret + random.pick(["", " ", "\r\n"])
            let key = APIKey(raw)
            var dumped = ""
            dump(key, to: &dumped)
            let shown = [String(describing: key), "\(key)", String(reflecting: key), dumped, "\([key])", "\(Optional(key) as Any)"]
            let core = secret.trimmingCharacters(in: .whitespacesAndNewlines)
            guard core.count >= 6 else { continue }
            for text in shown { #expect(!text.contains(core), "key printed: \(text.debugDescription)") }
            #expect(Mirror(reflecting: key).children.isEmpty)
            #expect(!key.isEmpty)
        }
    }

    /// The input rules never crash, their messages are inert, and IPv4/IPv6 agree with inet_pton.
    @Test func inputRulesAgreeWithInetPton() async {
        var random = FuzzRandom(seed: FuzzRandom.seed ^ 12)
        let ipAlphabet = Array("0123456789abcdefABCDEF:.:.%/ ")
        var disagreements: [String] = []
        for i in 0..<Self.iterations {
            if i % 200 == 0 { await Task.yield() }
            let text = i % 2 == 0 ? random.hostileString(maxLength: 80)
                : String((0..<random.below(46)).map { _ in random.pick(ipAlphabet) })
            for message in [InputRules.ipProblem(text), InputRules.ipListProblem(text), InputRules.lobbyNameProblem(text),
                            InputRules.webhookProblem(text)].compactMap({ $0 }) {
                #expect(!message.unicodeScalars.contains(where: ScreenAudit.isForbidden), "\(message.debugDescription)")
            }
            _ = InputRules.splitList(text)
            var v4 = in_addr(), v6 = in6_addr()
            if InputRules.isIPv4(text) != (inet_pton(AF_INET, text, &v4) == 1) { disagreements.append("v4 \(text)") }
            if InputRules.isIPv6(text) != (inet_pton(AF_INET6, text, &v6) == 1) { disagreements.append("v6 \(text)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, e.g. \(disagreements.prefix(8))")
    }
}
