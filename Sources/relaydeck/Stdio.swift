#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text to standard output and standard error, written at once; what `print` buffered goes first, so lines keep their
/// order.
enum Stdio {
    /// Writes `text` to standard output (a pipe reader sees it at once: the exporter's URL).
    static func out(_ text: String) { write(text, to: 1) }

    /// Writes `text` to standard error.
    static func err(_ text: String) { write(text, to: 2) }

    private static func write(_ text: String, to fd: Int32) {
        fflush(nil)
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            done += n
        }
    }
}
