#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// IP address checks through the C library's own parser, so the emulator rejects what a real server would.
enum IPAddress {
    /// True for a textual IPv4 (dotted quad) or IPv6 address; no ports, brackets or zone ids.
    static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 45, !text.contains("%") else { return false }
        var buffer = [UInt8](repeating: 0, count: 16)
        if inet_pton(AF_INET, text, &buffer) == 1 { return true }
        return inet_pton(AF_INET6, text, &buffer) == 1
    }
}
