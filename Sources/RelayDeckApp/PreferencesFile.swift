import Dashboard
import DashboardRuntime
import FoundationEssentials

/// Preferences in `<state dir>/preferences/<profile>.json` (mode 0600), written through a temporary file and a rename.
/// A file that does not read is ignored (the defaults apply) rather than stopping the start.
public struct PreferencesFile: PreferencesStoring {
    public var directory: String

    public init(directory: String) { self.directory = directory }

    func path(_ profile: String) -> String { FirstSeenFile(directory: directory).path(profile) }

    public func load(profile: String) -> Preferences? {
        guard let data = FileManager.default.contents(atPath: path(profile)) else { return nil }
        return try? JSONDecoder().decode(Preferences.self, from: data)
    }

    public func save(profile: String, _ preferences: Preferences) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let target = path(profile)
        try PrivateFile.replace(target, with: try encoder.encode(preferences))
    }
}
