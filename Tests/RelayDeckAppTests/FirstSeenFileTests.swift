import Dashboard
import Foundation
import Testing
@testable import RelayDeckApp

/// Issue 12, item 16: first-seen times persist per profile in the state dir, privately, and survive a bad name.
@Suite struct FirstSeenFileTests {
    @Test func savedTimesLoadBackPerProfile() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = FirstSeenFile(directory: dir.path + "/first-seen")
        let then = Date(timeIntervalSince1970: 1_700_000_000)
        let records = ["s-old": FirstSeen.Record(at: then, lowerBound: true),
                       "s-new": FirstSeen.Record(at: then + 60, lowerBound: false)]
        #expect(try store.load(profile: "prod").isEmpty)
        try store.save(profile: "prod", records)
        #expect(try store.load(profile: "prod") == records)
        #expect(try store.load(profile: "staging").isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path + "/first-seen/prod.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // A profile name is not a path.
        try store.save(profile: "../../etc/x", records)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/first-seen/______etc_x.json"))
    }
}
