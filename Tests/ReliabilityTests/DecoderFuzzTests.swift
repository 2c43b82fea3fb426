import EdgegapAPI
import Foundation
import Testing

/// Seeded fuzzing of the wire decoders on mutated reference JSON: no input may crash or hang a decoder, and
/// whatever decodes must survive an encode/decode round trip unchanged.
@Suite struct DecoderFuzzTests {
    struct Tally {
        var decoded = 0
        var rejected = 0
    }

    /// Decodes every mutation of `references` as `T`; returns how many decoded and how many were rejected. Yields
    /// every 100 mutations: seconds of work on one of the two threads of a 2-core machine's cooperative pool
    /// would stall every loopback test waiting for its server's answer.
    func fuzz<T: Codable & Equatable>(_ type: T.Type, _ references: [String], iterations: Int, salt: UInt64) async -> Tally {
        var mutator = JSONMutator(random: FuzzRandom(seed: FuzzRandom.seed ^ salt))
        var tally = Tally()
        for i in 0..<iterations {
            if i % 100 == 0 { await Task.yield() }
            let reference = references[i % references.count]
            let bytes = mutator.mutate(reference)
            guard let value = try? JSONDecoder().decode(T.self, from: Data(bytes)) else {
                tally.rejected += 1
                continue
            }
            tally.decoded += 1
            let again = (try? JSONEncoder().encode(value)).flatMap { try? JSONDecoder().decode(T.self, from: $0) }
            #expect(again == value, "round trip changed a decoded \(T.self) from \(String(decoding: bytes.prefix(300), as: UTF8.self))")
        }
        return tally
    }

    static let iterations = FuzzRandom.iterations(20_000)

    @Test func relaySession() async {
        let t = await fuzz(RelaySession.self, [ReferenceBodies.session], iterations: Self.iterations / 4, salt: 1)
        #expect(t.decoded > 0 && t.rejected > 0, "mutations should both pass and fail: \(t)")
    }

    @Test func sessionPage() async {
        let t = await fuzz(SessionPage.self, [ReferenceBodies.sessionPage], iterations: Self.iterations / 4, salt: 2)
        #expect(t.decoded > 0 && t.rejected > 0, "mutations should both pass and fail: \(t)")
    }

    @Test func userAuthorization() async {
        let t = await fuzz(UserAuthorization.self, [ReferenceBodies.authorizationFlat, ReferenceBodies.session],
                     iterations: Self.iterations / 4, salt: 3)
        #expect(t.decoded > 0 && t.rejected > 0, "mutations should both pass and fail: \(t)")
    }

    /// LobbyList is decode-only (lenient shapes), so it is checked for no crash and both outcomes.
    @Test func lobbyList() async {
        var mutator = JSONMutator(random: FuzzRandom(seed: FuzzRandom.seed ^ 4))
        let references = [ReferenceBodies.lobbyList, ReferenceBodies.lobbyArray, ReferenceBodies.lobby]
        var tally = Tally()
        for i in 0..<(Self.iterations / 4) {
            if i % 100 == 0 { await Task.yield() }
            let bytes = mutator.mutate(references[i % references.count])
            if let list = try? JSONDecoder().decode(LobbyList.self, from: Data(bytes)) {
                tally.decoded += 1
                #expect(list.lobbies.count <= bytes.count, "more lobbies than bytes")
            } else {
                tally.rejected += 1
            }
        }
        #expect(tally.decoded > 0 && tally.rejected > 0, "mutations should both pass and fail: \(tally)")
    }

    /// Nesting far deeper than any real body: a decoder must reject it, not overflow the stack.
    @Test(arguments: [1_000, 100_000, 1_000_000])
    func deepNestingIsRejected(depth: Int) {
        let body = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(SessionPage.self, from: Data(body.utf8)) }
        let object = String(repeating: #"{"sessions":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(SessionPage.self, from: Data(object.utf8)) }
    }
}
