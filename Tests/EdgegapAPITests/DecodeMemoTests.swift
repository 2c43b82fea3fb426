@testable import EdgegapAPI
import EdgegapEmulator
import NIOCore
import Testing

/// A GET whose answer is byte for byte the last one reuses the decoded value; any change is decoded afresh.
@Suite struct DecodeMemoTests {
    @Test func anUnchangedAnswerIsNotDecodedAgainAndAChangedOneIs() async throws {
        try await EmulatorHarness.run(EmulatorConfig(sessions: 3, lobbies: 0, seed: 5)) { client, _ in
            let first = try await client.listSessions(page: 1, limit: 10)
            let second = try await client.listSessions(page: 1, limit: 10)
            #expect(second == first)
            // The same value came back, storage and all (a fresh decode would allocate a new array).
            #expect(second.sessions.withUnsafeBufferPointer { $0.baseAddress } == first.sessions.withUnsafeBufferPointer { $0.baseAddress })
            try await client.deleteSession(id: first.sessions[0].sessionID)
            let third = try await client.listSessions(page: 1, limit: 10)
            #expect(third.totalCount == 2)
            #expect(!third.sessions.map(\.sessionID).contains(first.sessions[0].sessionID))
        }
    }

    @Test func theMemoComparesBytesAndTypes() {
        let memo = DecodeMemo(capacity: 2)
        let body = ByteBuffer(string: #"{"a":1}"#)
        memo.store([1, 2, 3], for: "k", body: body)
        #expect(memo.value(for: "k", body: ByteBuffer(string: #"{"a":1}"#), as: [Int].self) == [1, 2, 3])
        #expect(memo.value(for: "k", body: ByteBuffer(string: #"{"a":2}"#), as: [Int].self) == nil)
        #expect(memo.value(for: "k", body: body, as: String.self) == nil)
        #expect(memo.value(for: "other", body: body, as: [Int].self) == nil)
        // Bounded: a third key starts over rather than growing.
        memo.store([4], for: "k2", body: body)
        memo.store([5], for: "k3", body: body)
        #expect(memo.value(for: "k", body: body, as: [Int].self) == nil)
        #expect(memo.value(for: "k3", body: body, as: [Int].self) == [5])
    }
}
