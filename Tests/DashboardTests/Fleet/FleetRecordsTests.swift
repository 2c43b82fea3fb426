@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

private typealias F = Fixtures

/// The index's flat store: by id, with removal that swaps the last record into the hole.
@Suite struct FleetRecordsTests {
    static func record(_ status: String, sweep: Int = 1) -> FleetRecord {
        FleetRecord(F.session("x-S", status: status), ordinal: 0, lastSeen: F.t0, sweep: sweep)
    }

    @Test func setReplaceRemoveAndIterate() {
        var r = FleetRecords()
        for (i, id) in ["a", "b", "c", "d"].enumerated() { r[id] = Self.record("s\(i)") }
        r["b"] = Self.record("replaced")
        #expect(r.count == 4 && r["b"]?.status == "replaced")
        let removed = r.remove("a")     // the last one moves into its place
        let again = r.remove("a")
        #expect(removed && !again)
        r["c"] = nil
        #expect(r.count == 2 && r["a"] == nil && r["c"] == nil)
        #expect(r["b"]?.status == "replaced" && r["d"]?.status == "s3")
        #expect(Set(r.map(\.key)) == ["b", "d"])
    }

    @Test func removeAllWhereKeepsTheRestFindable() {
        var r = FleetRecords()
        for i in 0..<100 { r["id\(i)"] = Self.record("s", sweep: i % 3) }
        r.removeAll { $0.sweep == 1 }
        #expect(r.count == 67)
        for i in 0..<100 { #expect((r["id\(i)"] != nil) == (i % 3 != 1), "id\(i)") }
        r.update("id0") { $0.status = "changed" }
        #expect(r["id0"]?.status == "changed")
    }
}
