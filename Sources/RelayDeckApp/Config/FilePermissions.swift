import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ssh-style check: a secret-bearing file must not be open to group or others.
public enum FilePermissions {
    /// A warning when `path` exists and is readable or writable by group or others; nil otherwise.
    public static func warning(for path: String, what: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let mode = Int(st.st_mode) & 0o777
        guard mode & 0o077 != 0 else { return nil }
        let octal = String(mode, radix: 8)
        return "WARNING: \(what) \(path) is accessible by group or others (mode 0\(octal)); "
            + "it should be private: chmod 600 \(path)"
    }
}
