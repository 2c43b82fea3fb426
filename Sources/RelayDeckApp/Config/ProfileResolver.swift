import Dashboard
import FoundationEssentials

/// Builds the `ResolvedProfile` from the flags, the config file and the environment.
public struct ProfileResolver: Sendable {
    /// The environment (`EDGEGAP_API_KEY`, XDG variables, HOME).
    public var environment: [String: String]
    /// The XDG paths derived from it.
    public var paths: RelayDeckPaths
    /// The folder relative `--api-key-file` paths are resolved against.
    public var workingDirectory: String

    /// A resolver over `environment` (normally the process's).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.environment = environment
        paths = RelayDeckPaths(environment: environment)
        self.workingDirectory = workingDirectory
    }

    /// Resolves the flags against the config file: flags > profile > defaults; `EDGEGAP_API_KEY` when nothing names a key.
    public func resolve(_ flags: ProfileOverrides) throws -> ResolvedProfile {
        let path = paths.configFile
        let config = try ConfigFile.load(path: path)
        let warnings: [String] = []
        // The config file holds no key by design (only where to read one): its mode is not warned about; key files are
        // (`KeyLoader`).
        var profile = Profile(name: "default")
        var fromConfig = false
        if let name = flags.profile ?? config?.defaultProfile {
            guard let config else {
                throw ConfigError(file: path, keyPath: "", problem: "--profile \(name) given, but there is no config file")
            }
            profile = try config.profile(named: name)
            fromConfig = true
        }
        if case .file(let p) = profile.keySource {
            profile.keySource = .file(paths.absolute(p, relativeTo: paths.configDir))
        }
        let refresh = flags.refresh ?? profile.refresh ?? ResolvedProfile.Defaults.refresh
        let flagKey = flags.apiKeyFile.map { KeySource.file(paths.absolute($0, relativeTo: workingDirectory)) }
        var resolved = ResolvedProfile(
            name: profile.name, fromConfig: fromConfig,
            apiURL: flags.apiURL ?? profile.apiURL ?? ResolvedProfile.Defaults.apiURL,
            keySource: flagKey ?? profile.keySource ?? .environment(KeySource.defaultVariable),
            refresh: refresh,
            timeout: flags.timeout ?? profile.timeout ?? ResolvedProfile.Defaults.timeout(refresh: refresh),
            theme: flags.theme ?? profile.theme ?? ResolvedProfile.Defaults.theme,
            readOnly: flags.readOnly || (profile.readOnly ?? false),
            production: profile.production ?? false,
            configPath: path, configFound: config != nil, warnings: warnings)
        resolved.crawlRate = flags.crawlRate ?? profile.crawlRate ?? ResolvedProfile.Defaults.crawlRate
        resolved.notify = flags.notify ?? profile.notify ?? []
        resolved.mouse = profile.mouse ?? false
        resolved.alertKinds = profile.alertKinds ?? Alerts.defaultKinds
        let keys = try KeymapFile.load(path: paths.keymapFile)
        resolved.keymap = try Keymap.resolve(file: keys, filePath: paths.keymapFile, profile: profile.keymap, configPath: path)
        resolved.warnings += keys.warnings + (profile.keymap?.warnings ?? []) + resolved.keymap.warnings(file: paths.keymapFile)
        resolved.commands = try Self.commands(config?.commands ?? [], profile.commands, keymap: resolved.keymap, path: path)
        resolved.warnings += (config?.warnings ?? []) + profile.warnings
        return resolved
    }

    /// The top-level commands with the profile's over them by name, their keys checked against the keymap in force.
    public static func commands(_ global: [CustomCommand], _ own: [CustomCommand], keymap: Keymap, path: String) throws -> [CustomCommand] {
        let all = global.filter { g in !own.contains { $0.name == g.name } } + own
        if let clash = keymap.clash(all) {
            throw ConfigError(file: path, line: clash.command.line, keyPath: "commands.\(clash.command.name).key", problem: clash.problem)
        }
        return all
    }
}
