import Dashboard
import DashboardRuntime
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Events in `<state dir>/events/<profile>.jsonl` (mode 0600, folder 0700), one JSON line an event, appended with
/// one write a batch; past `rotateAt` bytes the file becomes `<profile>.jsonl.1` (the one before is dropped), so the
/// timeline survives a restart, can be grepped, and never fills the disk.
public struct EventFile: EventRecording {
    public var directory: String
    public var rotateAt: Int

    public init(directory: String, rotateAt: Int = 4 << 20) {
        self.directory = directory
        self.rotateAt = rotateAt
    }

    /// The file of `profile` (letters, digits, - and _ of its name: names come from the user's config).
    public func path(_ profile: String) -> String {
        let safe = String(profile.lowercased().unicodeScalars.map { ($0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)) || $0 == "-" || $0 == "_" ? Character($0) : "_" })
        return "\(directory)/\(safe.isEmpty ? "default" : safe).jsonl"
    }

    public func append(_ events: [Event], profile: String) throws {
        guard !events.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let file = path(profile)
        var st = stat()
        if stat(file, &st) == 0, Int(st.st_size) > rotateAt { _ = rename(file, file + ".1") }
        let fd = open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw EventFileError(path: file, errno: errno) }
        defer { close(fd) }
        let text = events.map { $0.jsonLine(profile: profile) + "\n" }.joined()
        let written = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        guard written >= 0 else { throw EventFileError(path: file, errno: errno) }
    }

    public func newest(profile: String, limit: Int) throws -> [Event] {
        let file = path(profile)
        guard FileManager.default.fileExists(atPath: file) else { return [] }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // A torn or foreign line costs that line only.
        return text.split(separator: "\n").suffix(limit).compactMap { Event(jsonLine: String($0)) }
    }
}

/// The events file could not be written.
public struct EventFileError: Error, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    public var description: String { "cannot write events to \(path): \(String(cString: strerror(errno)))" }
}
