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
        try store.save(profile: "prod", FirstSeen.Snapshot(records: records))
        #expect(try store.load(profile: "prod") == records)
        #expect(try store.load(profile: "staging").isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path + "/first-seen/prod.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // A profile name is not a path.
        try store.save(profile: "../../etc/x", FirstSeen.Snapshot(records: records))
        #expect(FileManager.default.fileExists(atPath: dir.path + "/first-seen/______etc_x.json"))
    }

    /// Version 1 files (JSON, before issue 13) still load; a damaged line is skipped, not the file.
    @Test func anOlderJSONFileLoadsAndABadLineIsSkipped() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = FirstSeenFile(directory: dir.path + "/first-seen")
        try FileManager.default.createDirectory(atPath: dir.path + "/first-seen", withIntermediateDirectories: true)
        let v1 = #"{"version":1,"sessions":{"s-a":{"seen":{"_0":1000}},"s-b":{"atLeast":{"_0":2000}}}}"#
        try v1.write(toFile: dir.path + "/first-seen/old.json", atomically: true, encoding: .utf8)
        let old = try store.load(profile: "old")
        #expect(old["s-a"] == .seen(Date(timeIntervalSinceReferenceDate: 1000)))
        #expect(old["s-b"] == .atLeast(Date(timeIntervalSinceReferenceDate: 2000)))
        let v2 = "relaydeck-first-seen 2\ns-c\t1700000000.5\t1\nbroken line\ns-d\t1700000060\t0\n"
        try v2.write(toFile: dir.path + "/first-seen/new.json", atomically: true, encoding: .utf8)
        let new = try store.load(profile: "new")
        #expect(new == ["s-c": .atLeast(Date(timeIntervalSince1970: 1_700_000_000.5)), "s-d": .seen(Date(timeIntervalSince1970: 1_700_000_060))])
    }
}

/// Preferences in the state dir: written whole, read back; a damaged file is ignored, never an error at start.
@Suite struct PreferencesFileTests {
    @Test func aRoundTripAndADamagedFile() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = PreferencesFile(directory: dir.path + "/preferences")
        #expect(store.load(profile: "prod") == nil)
        var p = Preferences()
        p.theme = "mono"
        p.pageSize = 25
        p.pins = ["session:abc-S"]
        try store.save(profile: "prod", p)
        #expect(store.load(profile: "prod") == p)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path + "/preferences/prod.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        try dir.write("preferences/prod.json", "{ not json")
        #expect(store.load(profile: "prod") == nil)
    }
}
