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
        var changed = r["id0"]!
        changed.status = "changed"
        r["id0"] = changed
        #expect(r["id0"]?.status == "changed")
    }

    /// The signature never rules out a real match: every piece of every field is found through the record.
    @Test func theSignatureHasNoFalseNegatives() {
        var rng = SystemRandomNumberGenerator()
        for i in 0..<300 {
            var s = F.session(String(format: "%012x-S", UInt64.random(in: 0...UInt64(0xFFFF_FFFF_FFFF), using: &rng)),
                              users: 1 + i % 4, host: "Relay-\(i).Example.NET")
            s.error = i % 3 == 0 ? "Timeout after \(i).5s" : nil
            let record = FleetRecord(s, ordinal: i, lastSeen: F.t0, sweep: 1)
            let fields = [s.sessionID, s.status, s.error ?? "", s.relay?.ip ?? "", s.relay?.host ?? ""] + s.sessionUsers.map(\.ipAddress)
            for field in fields where !field.isEmpty {
                let chars = Array(field)
                let start = Int.random(in: 0..<chars.count, using: &rng)
                let piece = String(chars[start..<Int.random(in: (start + 1)...chars.count, using: &rng)])
                #expect(FleetSearch(piece.uppercased()).matches(record, id: s.sessionID), "\(piece) in \(field)")
            }
        }
    }
}
