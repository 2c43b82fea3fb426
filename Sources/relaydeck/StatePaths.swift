import Foundation

/// Where RelayDeck keeps its files (XDG base directories).
enum StatePaths {
    static var env: [String: String] { ProcessInfo.processInfo.environment }

    /// `$XDG_STATE_HOME/relaydeck` (default `~/.local/state/relaydeck`).
    static var stateDir: String {
        let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (home + "/.local/state")
        return base + "/relaydeck"
    }

    /// `$XDG_CONFIG_HOME/relaydeck` (default `~/.config/relaydeck`).
    static var configDir: String {
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (home + "/.config")
        return base + "/relaydeck"
    }

    static var home: String { env["HOME"] ?? NSHomeDirectory() }

    static var logFile: String { stateDir + "/relaydeck.log" }

    static var auditFile: String { stateDir + "/audit.jsonl" }
}
