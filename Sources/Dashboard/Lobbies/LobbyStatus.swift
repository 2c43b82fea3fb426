/// How the dashboard reads lobby status text (opaque strings; these are the known ones).
public enum LobbyStatus {
    /// A deploy or termination is under way.
    public static func isTransitional(_ status: String) -> Bool {
        let s = status.lowercased()
        return s.contains("deploying") || s.contains("terminating") || s.contains("pending")
    }

    /// The lobby failed.
    public static func isError(_ status: String) -> Bool { status.lowercased().contains("error") || status.lowercased().contains("fail") }

    /// The lobby is deployed and ready.
    public static func isReady(_ status: String) -> Bool { status.uppercased() == "READY" }
}
