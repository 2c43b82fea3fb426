import Logging
import Synchronization

/// A `LogHandler` that keeps every rendered line (message and metadata), for assertions on log content.
struct LogCapture: LogHandler {
    final class Sink: Sendable {
        let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
    }

    let sink: Sink
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = (metadata.merging(event.metadata ?? [:]) { $1 })
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let error = event.error.map { " error=\($0)" } ?? ""
        sink.lines.withLock { $0.append("\(event.level) \(event.message) \(fields)\(error)") }
    }

    /// A logger writing into a new sink.
    static func logger() -> (Logger, Sink) {
        let sink = Sink()
        return (Logger(label: "test") { _ in LogCapture(sink: sink) }, sink)
    }
}
