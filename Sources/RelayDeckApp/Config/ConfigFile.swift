import Dashboard
import FoundationEssentials

/// The parsed `config.yaml`: named profiles and the one used when `--profile` is not given.
public struct ConfigFile: Sendable, Equatable {
    /// Where it was read from.
    public var path: String
    /// `default_profile`, checked to name a profile.
    public var defaultProfile: String?
    /// The profiles by name.
    public var profiles: [String: Profile]
    /// `commands:` at the top: every profile's (a profile's own of the same name replace them).
    public var commands: [CustomCommand] = []
    /// What the file says that is not an error.
    public var warnings: [String] = []

    /// A config with the given content.
    public init(path: String, defaultProfile: String? = nil, profiles: [String: Profile] = [:]) {
        self.path = path
        self.defaultProfile = defaultProfile
        self.profiles = profiles
    }

    /// The top-level keys.
    static let knownKeys = ["default_profile", "profiles", "commands"]

    /// Reads and parses the file at `path`; nil when there is no file there.
    public static func load(path: String) throws -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, keyPath: "", problem: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, keyPath: "", problem: "is not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// The profile called `name`, or an error naming the profiles there are (and the closest one).
    public func profile(named name: String) throws -> Profile {
        if let p = profiles[name] { return p }
        let names = profiles.keys.sorted()
        let list = names.isEmpty ? "there are none" : "profiles: " + names.joined(separator: ", ")
        throw ConfigError(file: path, keyPath: "profiles",
                          problem: "no profile \"\(name)\"\(Suggestion.hint(for: name, in: names)); \(list)")
    }
}
