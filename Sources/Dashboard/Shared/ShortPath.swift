/// File paths as the screen writes them: the home folder as `~`, and when room is short the folders in between as
/// `…` — the file's name and its folder stay whole (`~/…/exports/sessions-20261205-041200.csv`).
public enum ShortPath {
    /// `path` with `home` (when it is under it) written `~`.
    public static func of(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty, home != "/" else { return path }
        let h = home.hasSuffix("/") ? String(home.dropLast()) : home
        if path == h { return "~" }
        return path.hasPrefix(h + "/") ? "~" + path.dropFirst(h.count) : path
    }

    /// `path` with every folder but its first and its last written `…`: `~/…/exports/file.csv`, `/…/relaydeck/x`.
    public static func elided(_ path: String, ellipsis: String = "\u{2026}") -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 3 else { return path }
        return ([parts[0], ellipsis] + parts.suffix(2)).joined(separator: "/")
    }
}
