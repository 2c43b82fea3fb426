import Foundation
import Testing

/// The `relaydeck` debug binary the end-to-end tests drive.
enum DemoBinary {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) not found: run `swift build` (or `swift build --product relaydeck`) first." }
    }

    /// The package root, found from this file's path (Tests/CursesBackendTests/Support/DemoBinary.swift).
    static func packageRoot(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `<package>/.build/debug/relaydeck`; throws (failing the test) when it has not been built.
    static func path() throws -> String {
        let path = packageRoot().appendingPathComponent(".build/debug/relaydeck").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(path: path) }
        return path
    }

    /// Quotes a string for `sh`.
    static func shellQuoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
func eventually(within timeout: Duration, every interval: Duration = .milliseconds(20), _ condition: () throws -> Bool) rethrows -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while true {
        if try condition() { return true }
        if clock.now >= deadline { return false }
        Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds))
    }
}

/// Runs a program to completion and returns its standard output.
@discardableResult
func runProcess(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
