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

    /// Why a lobby in `status` cannot take `command` (deploy needs a lobby that is not deployed or moving; terminate
    /// one that is deployed, deploying or failed), or nil when it can — or when the status is not one of the known ones,
    /// and the API decides. Said without a request: a 409 is not how an operator should learn it.
    public static func refusal(_ command: Command, status: String, url: String) -> String? {
        let s = status.lowercased()
        switch command {
        case .deployLobby:
            if isReady(status) || (!url.isEmpty && !isTransitional(status) && !isError(status)) { return "is already deployed (\(status))" }
            if isTransitional(status) { return "is \(status): wait until it settles" }
        case .terminateLobby:
            if s == "released" { return "is not deployed (\(status))" }
            if s.contains("terminating") { return "is already terminating" }
        default: break
        }
        return nil
    }
}
