import Foundation

/// A fresh temporary folder with helpers to write files in it (with a chosen mode).
struct TempDir {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "relaydeck-app-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (folders created) with `mode`; returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: full)
        return full
    }

    /// An environment whose XDG folders live in this folder, plus `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["HOME": path + "/home", "XDG_CONFIG_HOME": path + "/config", "XDG_STATE_HOME": path + "/state"].merging(extra) { $1 }
    }

    /// Writes the config file where `environment()` looks for it.
    @discardableResult
    func writeConfig(_ yaml: String, mode: Int = 0o600) throws -> String {
        try write("config/relaydeck/config.yaml", yaml, mode: mode)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
