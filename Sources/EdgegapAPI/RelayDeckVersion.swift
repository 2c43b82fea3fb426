/// The version of RelayDeck, sent in the `User-Agent` and printed by `--version`.
public enum RelayDeckVersion {
    /// The current release.
    public static let current = "0.1.0"

    /// `relaydeck/<version> (<os>; swift)`: what the client sends as `User-Agent`.
    public static var userAgent: String {
        #if os(Linux)
        let os = "Linux"
        #elseif os(macOS)
        let os = "macOS"
        #else
        let os = "unknown"
        #endif
        return "relaydeck/\(current) (\(os); async-http-client)"
    }
}
