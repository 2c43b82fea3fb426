@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

private typealias F = Fixtures

/// The index's flat store: by id, with removal that swaps the last record into the hole.
@Suite struct FleetRecordsTests {
    static func put(_ r: inout FleetRecords, _ id: String, _ status: String, sweep: Int = 1, users: Int = 1) {
        r.put(F.session(id, status: status, users: users, host: "\(id).st.edgegap.net"), ordinal: 0, lastSeen: F.t0, sweep: sweep, firstSeen: .seen(F.t0))
    }

    @Test func putReplaceRemoveAndIterate() {
        var r = FleetRecords()
        for (i, id) in ["a", "b", "c", "d"].enumerated() { Self.put(&r, id, "s\(i)") }
        Self.put(&r, "b", "replaced")
        #expect(r.count == 4 && r["b"]?.status == "replaced")
        let removed = r.remove("a")     // the last one moves into its place
        let again = r.remove("a")
        #expect(removed && !again)
        r.remove("c")
        #expect(r.count == 2 && r["a"] == nil && r["c"] == nil)
        #expect(r["b"]?.status == "replaced" && r["d"]?.status == "s3")
        #expect(Set(r.map(\.key)) == ["b", "d"])
    }

    @Test func removeAllWhereKeepsTheRestFindable() {
        var r = FleetRecords()
        for i in 0..<100 { Self.put(&r, "id\(i)", "s", sweep: i % 3) }
        r.removeAll { $0.sweep == 1 }
        #expect(r.count == 67)
        for i in 0..<100 { #expect((r["id\(i)"] != nil) == (i % 3 != 1), "id\(i)") }
        r.update("id0") { $0.status = "changed" }
        #expect(r["id0"]?.status == "changed")
    }

    /// Users live in one array and hosts as a label and a shared domain: whatever is replaced, removed or compacted,
    /// every record gives back its own session.
    @Test func usersAndHostsSurviveReplacementRemovalAndCompaction() {
        var r = FleetRecords()
        var truth: [String: RelaySession] = [:]
        var rng = SystemRandomNumberGenerator()
        for round in 0..<6 {
            for i in 0..<800 {
                let id = "s\(Int.random(in: 0..<1_500, using: &rng))"
                let host = i % 5 == 0 ? "nodot\(i)" : "\(id).r\(i % 3).example.net"
                var s = F.session(id, status: "s\(round)", users: Int.random(in: 0...4, using: &rng), host: host)
                s.sessionUsers = s.sessionUsers.indices.map {
                    SessionUser(ipAddress: "10.\(round).\(i % 250).\($0)", latitude: $0 == 1 ? nil : 1.5, longitude: 2.5,
                                authorizationToken: $0 == 2 ? nil : UInt32(i * 10 + $0))
                }
                r.put(s, ordinal: i, lastSeen: F.t0, sweep: round, firstSeen: .seen(F.t0))
                truth[id] = s
            }
            for id in truth.keys.shuffled(using: &rng).prefix(300) { r.remove(id); truth[id] = nil }
        }
        #expect(r.count == truth.count)
        for (id, s) in truth {
            let back = r.session(id)
            #expect(back?.sessionUsers.map(\.ipAddress) == s.sessionUsers.map(\.ipAddress), "\(id)")
            #expect(back?.sessionUsers.map(\.authorizationToken) == s.sessionUsers.map(\.authorizationToken), "\(id)")
            #expect(back?.sessionUsers.map(\.latitude) == s.sessionUsers.map(\.latitude), "\(id)")
            #expect(back?.relay?.host == s.relay?.host && back?.relay?.ip == s.relay?.ip, "\(id)")
        }
        #expect(r.domains.count == 4)   // none, and the three shared domains
    }

    /// The signature never rules out a real match: every piece of every field is found through the record.
    @Test func theSignatureHasNoFalseNegatives() {
        var rng = SystemRandomNumberGenerator()
        for i in 0..<300 {
            // Dots where the search skips fields without one: in some ids and statuses, and hosts with none at all.
            let hex = String(format: "%012x-S", UInt64.random(in: 0...UInt64(0xFFFF_FFFF_FFFF), using: &rng))
            var s = F.session(i % 11 == 0 ? "v1.\(hex)" : hex, users: 1 + i % 4,
                              host: i % 7 == 0 ? "relay\(i)" : "Relay-\(i).Example.NET")
            if i % 5 == 0 { s.status = "Re.Try" }
            s.error = i % 3 == 0 ? "Timeout after \(i).5s" : nil
            var records = FleetRecords()
            records.put(s, ordinal: i, lastSeen: F.t0, sweep: 1, firstSeen: .seen(F.t0))
            let fields = [s.sessionID, s.status, s.error ?? "", s.relay?.ip ?? "", s.relay?.host ?? ""] + s.sessionUsers.map(\.ipAddress)
            for field in fields where !field.isEmpty {
                let chars = Array(field)
                let start = Int.random(in: 0..<chars.count, using: &rng)
                let piece = String(chars[start..<Int.random(in: (start + 1)...chars.count, using: &rng)])
                #expect(FleetSearch(piece.uppercased()).matches(id: s.sessionID, in: records), "\(piece) in \(field)")
            }
        }
    }
}
