import Glibc
import Synchronization

/// Bytes for the terminal that are not cells (OSC 52 clipboard sequences). They may be written from any thread:
/// the lock keeps them from landing in the middle of a frame, which `present` writes under the same lock.
public enum TerminalOutput {
    static let lock = Mutex(())

    /// Writes `bytes` to standard output between two frames.
    public static func writeBetweenFrames(_ bytes: [UInt8]) {
        lock.withLock { _ in
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                offset += n
            }
        }
    }
}
