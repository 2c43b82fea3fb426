import DashboardRuntime
import Dashboard
import Foundation

/// First-seen times in `<state dir>/first-seen/<profile>.json` (mode 0600, folder 0700), written whole through a
/// temporary file and a rename, so a crash mid-write leaves the last good file.
public struct FirstSeenFile: FirstSeenStoring {
    public var directory: String

    public init(directory: String) { self.directory = directory }

    func path(_ profile: String) -> String {
        // Profile names come from the user's config: keep the file name to letters, digits, - and _.
        let safe = String(profile.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "_" })
        return "\(directory)/\(safe.isEmpty ? "default" : safe).json"
    }

    public func load(profile: String) throws -> [String: FirstSeen.Record] {
        guard let data = FileManager.default.contents(atPath: path(profile)) else { return [:] }
        return try JSONDecoder().decode(Stored.self, from: data).sessions
    }

    public func save(profile: String, _ records: [String: FirstSeen.Record]) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let target = path(profile)
        let temporary = target + ".tmp"
        let data = try JSONEncoder().encode(Stored(version: 1, sessions: records))
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        guard rename(temporary, target) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target]) }
    }

    /// The file's shape.
    struct Stored: Codable {
        var version: Int
        var sessions: [String: FirstSeen.Record]
    }
}
