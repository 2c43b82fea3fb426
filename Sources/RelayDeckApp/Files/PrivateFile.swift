import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operator's own files (state, preferences, exports): created 0600, written whole. One place for what Foundation's
/// `NSString` paths and `CocoaError` did before the binary left Foundation.
public enum PrivateFile {
    /// Writes `bytes` to a temporary beside `path`, then renames it over `path`: a reader sees the old file or the new.
    public static func replace(_ path: String, with bytes: some Sequence<UInt8>) throws(FileWriteError) {
        let temporary = path + ".tmp"
        try create(temporary, with: bytes)
        guard rename(temporary, path) == 0 else { throw FileWriteError(path: path, errno: errno) }
    }

    /// Creates (or empties) `path`, mode 0600, and writes `bytes` to it.
    public static func create(_ path: String, with bytes: some Sequence<UInt8>) throws(FileWriteError) {
        let d = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard d >= 0 else { throw FileWriteError(path: path, errno: errno) }
        defer { close(d) }
        let all = Array(bytes)
        var done = 0
        while done < all.count {
            let n = all.withUnsafeBytes { write(d, $0.baseAddress! + done, all.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw FileWriteError(path: path, errno: errno) }
            done += n
        }
    }

    /// The folder `path` is in (`/a/b/c.json` → `/a/b`; a bare name → `.`).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` with `.`, `..` and repeated slashes resolved (an absolute path stays absolute).
    public static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else if part != ".." || !path.hasPrefix("/") { parts.append(part) }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}

/// A file that could not be written: its path and the system's reason.
public struct FileWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var errno: Int32

    public var description: String { "cannot write \(path): \(String(cString: strerror(errno)))" }
}
