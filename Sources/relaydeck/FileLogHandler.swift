import FoundationEssentials
import Glibc
import Logging
import RelayDeckApp

/// Logs to a file (never the screen: curses owns it). One line a record, flushed per record.
struct FileLogHandler: LogHandler {
    let label: String
    let file: LogFile
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = Date().formatted(.iso8601)
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }.sorted { $0.key < $1.key }
            .map { " \($0.key)=\($0.value)" }.joined()
        let line = "\(stamp) \(event.level) \(label): \(event.message)\(fields)\n"
        file.append(line)
    }

    /// Every logger of the process writes to the log file at `level` (nothing at all when it cannot be opened):
    /// standard output and error belong to the front end.
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            if let h = open(RelayDeckPaths().logFile) { return FileLogHandler(label: label, file: h, logLevel: level) }
            return SwiftLogNoOpLogHandler()
        }
    }

    /// Opens (creating, mode 0600) the log file at `path` for appending, or nil when it cannot. O_APPEND: every
    /// logger has its own handle on the file, and each line must land at the end, not over another's.
    static func open(_ path: String) -> LogFile? {
        let dir = PrivateFile.directory(of: path)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        return LogFile(fd: fd)
    }
}

/// The log file's descriptor, closed when the last handler holding it goes. Each line is one `write` (O_APPEND).
final class LogFile: Sendable {
    let fd: Int32

    init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    func append(_ line: String) {
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
