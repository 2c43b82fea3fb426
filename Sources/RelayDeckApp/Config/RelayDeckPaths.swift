import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where RelayDeck keeps its files (XDG base directories), computed from an environment so tests can point it anywhere.
public struct RelayDeckPaths: Sendable, Equatable {
    /// `$HOME`.
    public var home: String
    /// `$XDG_CONFIG_HOME/relaydeck` (default `~/.config/relaydeck`).
    public var configDir: String
    /// `$XDG_STATE_HOME/relaydeck` (default `~/.local/state/relaydeck`).
    public var stateDir: String

    /// The paths for `environment` (normally the process environment).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.passwordHome()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (home + "/.config")
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (home + "/.local/state")
        configDir = config + "/relaydeck"
        stateDir = state + "/relaydeck"
    }

    /// `config.yaml` in the config folder.
    public var configFile: String { configDir + "/config.yaml" }
    /// The dashboard's log file.
    public var logFile: String { stateDir + "/relaydeck.log" }
    /// The audit log: one JSON line per mutation.
    public var auditFile: String { stateDir + "/audit.jsonl" }
    /// Where `--demo` audits its mutations: apart from the operator's record of the real API.
    public var demoAuditFile: String { stateDir + "/demo-audit.jsonl" }
    /// The audit file for a dashboard on the emulator (`demo`) or on a real API.
    public func auditFile(demo: Bool) -> String { demo ? demoAuditFile : auditFile }
    /// The keymap file (`keymap.yaml` beside `config.yaml`).
    public var keymapFile: String { configDir + "/keymap.yaml" }

    /// Where the events files are: one per profile (`events/<profile>.jsonl`); the demo keeps its own folder.
    public func eventsDir(demo: Bool) -> String { stateDir + (demo ? "/demo-events" : "/events") }

    /// `path` with a leading `~/` expanded and, when relative, made absolute against `base`.
    public func absolute(_ path: String, relativeTo base: String) -> String {
        var p = path
        if p == "~" { p = home } else if p.hasPrefix("~/") { p = home + p.dropFirst(1) }
        if !p.hasPrefix("/") { p = (base.hasSuffix("/") ? base : base + "/") + p }
        return PrivateFile.standardized(p)
    }

    /// The user's home from the password database, when `HOME` is unset.
    static func passwordHome() -> String {
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return "/" }
        return String(cString: dir)
    }
}
