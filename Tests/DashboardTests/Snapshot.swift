import Dashboard
import Foundation
import TerminalUI
import Testing

/// Screen snapshots: `DashboardView` rendered into a buffer and compared with a checked-in text file.
/// A missing file, or `RECORD_SNAPSHOTS=1`, records it and fails, so a missing snapshot never passes silently.
enum Snapshot {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    }

    /// Renders `state` at `width`×`height` with the mono theme and unicode glyphs.
    static func render(_ state: AppState, width: Int, height: Int) -> String {
        var s = state
        s.width = width
        s.height = height
        var buffer = Buffer(width: width, height: height)
        DashboardView(state: s, theme: .mono, glyphs: .unicode).render(into: &buffer)
        return buffer.text()
    }

    /// Compares the rendering with `__Snapshots__/<name>.txt`.
    static func check(_ state: AppState, _ name: String, width: Int, height: Int,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let text = render(state, width: width, height: height) + "\n"
        let file = directory.appendingPathComponent("\(name).txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        if record || !FileManager.default.fileExists(atPath: file.path) {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try text.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record snapshot \(name).txt: \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("unreadable snapshot \(name).txt", sourceLocation: sourceLocation)
            return
        }
        if text != expected {
            Issue.record("snapshot \(name) differs (RECORD_SNAPSHOTS=1 to re-record):\n\(diff(expected, text))",
                         sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, expected then actual.
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : "<none>", y = i < b.count ? b[i] : "<none>"
            if x != y { out += ["line \(i + 1):", "- \(x)", "+ \(y)"] }
        }
        return out.joined(separator: "\n")
    }
}
