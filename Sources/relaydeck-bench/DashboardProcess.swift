import Foundation

/// Starts `relaydeck` (the dashboard) on a fresh pty against an emulator process.
enum DashboardProcess {
    /// The marker that a session page has been drawn: the list's title counts the pages.
    static let loadedMarker = " total"
    /// The dashboard's HOME (its config and state dirs below).
    static let home = NSTemporaryDirectory() + "relaydeck-bench-home"
    /// The dashboard's log file.
    static var logFile: String { home + "/state/relaydeck/relaydeck.log" }

    static func start(binary: String, emulator: EmulatorProcess, refresh: Double = 2,
                      width: Int, height: Int, extra: [String] = []) throws -> PtyProcess {
        let home = Self.home
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": home,
                   "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
                   "EDGEGAP_API_KEY": EmulatorProcess.key]
        let args = ["--api-url", emulator.url, "--refresh", String(refresh)] + extra
        return try PtyProcess(path: binary, arguments: args, environment: env, rows: height, cols: width)
    }

    /// Starts the dashboard and waits until a page is drawn and the screen is quiet; the time to the page.
    static func startLoaded(binary: String, emulator: EmulatorProcess, refresh: Double = 2, width: Int, height: Int,
                            extra: [String] = [], timeout: Duration = .seconds(30)) throws -> (PtyProcess, Duration) {
        let pty = try start(binary: binary, emulator: emulator, refresh: refresh, width: width, height: height, extra: extra)
        let (elapsed, bytes) = pty.readUntil(loadedMarker, timeout: timeout)
        guard let elapsed else {
            throw PtyProcess.Failed(description: "no session page drawn in \(timeout) (\(bytes.count) bytes: "
                                    + String(decoding: bytes.suffix(300), as: UTF8.self) + ")")
        }
        _ = pty.readUntilQuiet(.milliseconds(300), limit: .seconds(5))
        return (pty, elapsed)
    }
}
