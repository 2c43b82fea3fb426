@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

private typealias F = Fixtures

/// A census re-reading unchanged sessions decodes nothing it has: the record keeps the fingerprint of the JSON it was
/// read from, and the same bytes again are only seen again.
@Suite struct FleetFingerprintTests {
    static func page(_ sessions: [RelaySession]) -> ScannedSessionPage {
        ScannedSessionPage(encoding: F.page(sessions))
    }

    @Test func theSameBytesAreSeenAgainNotDecodedAndAChangeIsRead() {
        var index = FleetIndex()
        let first = Self.page([F.session("a-S"), F.session("b-S"), F.session("c-S")])
        let p1 = try! index.prepare(first)
        #expect(p1.items.allSatisfy { if case .decoded = $0 { true } else { false } })
        #expect(index.take(p1, page: 1, now: F.t0) == ["a-S", "b-S", "c-S"])
        // Unchanged: nothing decoded, nothing new, no change.
        var b = F.session("b-S")
        b.status = "Linked"
        let second = Self.page([F.session("a-S"), b, F.session("c-S")])
        let p2 = try! index.prepare(second)
        #expect(p2.items.map(\.id) == ["a-S", "b-S", "c-S"])
        #expect(p2.items.map { if case .unchanged = $0 { "same" } else { "read" } } == ["same", "read", "same"])
        #expect(index.take(p2, page: 1, now: F.t0 + 15).isEmpty)
        #expect(index.records["b-S"]?.status == "Linked")
        #expect(index.records["a-S"]?.lastSeen == F.t0 + 15)
        // A changed session that does not read fails the page; an unchanged one is never read.
        var broken = second
        broken.sessions[1].json = ArraySlice("{\"session_id\":\"b-S\",\"status\":7}".utf8)
        broken.sessions[1].fingerprint = 42
        #expect(throws: JSONScanError.self) { try index.prepare(broken) }
    }

    /// A page of a steady fleet changes nothing a view shows: the revision stays, so no frame is drawn for it. A
    /// changed session, one that moved to another place, or one gone moves it.
    @Test func anUnchangedPageLeavesTheRevision() throws {
        var index = FleetIndex()
        let abc = Self.page([F.session("a-S"), F.session("b-S"), F.session("c-S")])
        _ = index.take(try index.prepare(abc), page: 1, now: F.t0)
        let settled = index.revision
        _ = index.take(try index.prepare(abc), page: 1, now: F.t0 + 15)
        #expect(index.revision == settled)
        var b = F.session("b-S")
        b.status = "Linked"
        _ = index.take(try index.prepare(Self.page([F.session("a-S"), b, F.session("c-S")])), page: 1, now: F.t0 + 30)
        #expect(index.revision != settled)
        let changed = index.revision
        _ = index.take(try index.prepare(Self.page([b, F.session("c-S")])), page: 1, now: F.t0 + 45)
        #expect(index.revision != changed)
    }
}
