import Dashboard
import DashboardRuntime
import EdgegapAPI
import FoundationEssentials
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Appends one JSON line per mutation to the audit file (mode 0600, one write per record). Never the key.
public final class AuditLog: AuditRecording {
    private let fd: Mutex<Int32>
    /// Where the records go.
    public let path: String
    private let profile: String
    private let user: String
    private let host: String

    /// Opens (creating with mode 0600, and its folder with 0700) the audit file at `path`.
    public init(path: String, profile: String) throws {
        let dir = PrivateFile.directory(of: path)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let d = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard d >= 0 else { throw AuditLogError(path: path, errno: errno) }
        fd = Mutex(d)
        self.path = path
        self.profile = profile
        user = ProcessInfo.processInfo.environment["USER"] ?? String(cString: getpwuid(getuid())?.pointee.pw_name ?? strdup("?"))
        host = ProcessInfo.processInfo.hostName
    }

    deinit { fd.withLock { _ = close($0) } }

    public func record(_ mutation: Mutation, outcome: MutationOutcome, started: Date, ended: Date) {
        append(mutation, outcome: AuditRecord.outcomeText(outcome), started: started, ended: ended)
    }

    public func recordUnanswered(_ mutation: Mutation, why: String, started: Date, ended: Date) {
        append(mutation, outcome: AuditRecord.unansweredText(why), started: started, ended: ended)
    }

    public func recordCommand(_ run: CommandRun, status: Int32?, why: String?, started: Date, ended: Date) {
        // The command line goes in the target with the target's name: what ran, on what (its values are the API's raw
        // strings, checked printable before the run).
        append(AuditRecord(time: Self.iso(started), user: user, host: host, profile: profile, action: run.auditAction,
                          target: "\(run.target): \(run.shown)",
                          outcome: status.map { $0 == 0 ? "ok" : $0 < 0 ? "failed: could not start" : "exit \($0)" }
                              ?? "unknown: still running when RelayDeck left (\(why ?? "quit"))",
                          latencyMs: Int((ended.timeIntervalSince(started) * 1000).rounded())))
    }

    public func flush() {
        fd.withLock { _ = fsync($0) }
    }

    private func append(_ mutation: Mutation, outcome: String, started: Date, ended: Date) {
        append(AuditRecord(time: Self.iso(started), user: user, host: host, profile: profile,
                          action: mutation.verb, target: mutation.auditTarget, outcome: outcome,
                          latencyMs: Int((ended.timeIntervalSince(started) * 1000).rounded())))
    }

    private func append(_ record: AuditRecord) {
        guard var data = try? JSONEncoder.audit.encode(record) else { return }
        data.append(0x0A)
        fd.withLock { d in
            // One write() per record: the line lands whole, even with several dashboards appending.
            _ = data.withUnsafeBytes { write(d, $0.baseAddress, $0.count) }
        }
    }

    /// The newest `limit` lines of the file, oldest first (none when nothing was recorded yet).
    public func newest(limit: Int) throws -> [String] {
        try Self.tail(path, limit: limit)
    }

    /// The newest `limit` lines of the audit file at `path`.
    public static func tail(_ path: String, limit: Int = 500) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Array(text.split(separator: "\n").suffix(limit).map(String.init))
    }

    static func iso(_ d: Date) -> String {
        d.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

/// One line of the audit log.
public struct AuditRecord: Codable, Sendable, Equatable {
    public var time: String
    public var user: String
    public var host: String
    public var profile: String
    public var action: String
    public var target: String
    /// `ok`, `http 409: <message>`, `failed: <text>`, `unknown: <text>` or `unknown: no answer before <why>`.
    public var outcome: String
    public var latencyMs: Int

    enum CodingKeys: String, CodingKey {
        case time, user, host, profile, action, target, outcome
        case latencyMs = "latency_ms"
    }

    static func outcomeText(_ o: MutationOutcome) -> String {
        switch o {
        case .succeeded: "ok"
        case .failed(let e): (e.httpStatus.map { "http \($0): " } ?? "failed: ") + (e.message ?? String(describing: e))
        case .unknown(let e): "unknown: \(e)"
        }
    }

    /// The outcome of a mutation the dashboard left without an answer to: `unknown: no answer before hang-up (SIGHUP)`.
    public static func unansweredText(_ why: String) -> String { "unknown: no answer before \(why)" }
}

/// The audit file could not be opened.
public struct AuditLogError: Error, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    public var description: String { "cannot open audit log \(path): \(String(cString: strerror(errno)))" }
}

extension JSONEncoder {
    static let audit: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()
}
