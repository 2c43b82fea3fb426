import Foundation
import Glibc
import Logging

/// Logs to a file (never the screen: curses owns it). One line a record, flushed per record.
struct FileLogHandler: LogHandler {
    let label: String
    let handle: FileHandle
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }.sorted { $0.key < $1.key }
            .map { " \($0.key)=\($0.value)" }.joined()
        let line = "\(stamp) \(event.level) \(label): \(event.message)\(fields)\n"
        handle.write(Data(line.utf8))
    }

    /// Opens (creating, mode 0600) the log file at `path` for appending, or nil when it cannot. O_APPEND: every
    /// logger has its own handle on the file, and each line must land at the end, not over another's.
    static func open(_ path: String) -> FileHandle? {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }
}
