import DashboardRuntime
import Dashboard
import FoundationEssentials

/// First-seen times in `<state dir>/first-seen/<profile>.json` (mode 0600, folder 0700), written whole through a
/// temporary file and a rename, so a crash mid-write leaves the last good file. Since version 2 (issue 13) a line a
/// session, `id TAB unix-seconds TAB 0|1` (1: a lower bound), under a `relaydeck-first-seen 2` line: 100,000 of
/// them write in a few megabytes without an encoder's tree in memory. Version 1 (JSON) still loads.
public struct FirstSeenFile: FirstSeenStoring {
    public var directory: String

    public init(directory: String) { self.directory = directory }

    static let header = "relaydeck-first-seen 2"

    func path(_ profile: String) -> String {
        // Profile names come from the user's config: keep the file name to letters, digits, - and _.
        let safe = String(profile.unicodeScalars.map { ($0.properties.isAlphabetic || $0.properties.numericType != nil) || $0 == "-" || $0 == "_" ? Character($0) : "_" })
        return "\(directory)/\(safe.isEmpty ? "default" : safe).json"
    }

    public func load(profile: String) throws -> [String: FirstSeen.Record] {
        guard let data = FileManager.default.contents(atPath: path(profile)) else { return [:] }
        guard data.starts(with: Array(Self.header.utf8)) else {
            return try JSONDecoder().decode(Stored.self, from: data).sessions
        }
        var records: [String: FirstSeen.Record] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            // A damaged line costs its session's age, not the file.
            guard fields.count == 3, let seconds = Double(fields[1]), seconds.isFinite else { continue }
            records[String(fields[0])] = FirstSeen.Record(at: Date(timeIntervalSince1970: seconds), lowerBound: fields[2] == "1")
        }
        return records
    }

    public func save(profile: String, _ snapshot: FirstSeen.Snapshot) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let target = path(profile)
        var text = Self.header + "\n"
        text.reserveCapacity(snapshot.count * 34 + 32)
        snapshot.scan { id, at, lowerBound in
            guard !id.contains("\t") && !id.contains("\n") else { return true }
            text += id
            text += "\t"
            text += String(at.timeIntervalSince1970)
            text += lowerBound ? "\t1\n" : "\t0\n"
            return true
        }
        try PrivateFile.replace(target, with: text.utf8)
    }

    /// Version 1's shape.
    struct Stored: Codable {
        var version: Int
        var sessions: [String: FirstSeen.Record]
    }
}
