/// How the dashboard reads lobby status text (opaque strings; these are the known ones).
public enum LobbyStatus {
    /// A deploy or termination is under way.
    public static func isTransitional(_ status: String) -> Bool {
        status.hasWord("deploying") || isTerminating(status) || status.hasWord("pending")
    }

    /// A termination is under way.
    public static func isTerminating(_ status: String) -> Bool { status.hasWord("terminating") }

    /// The lobby failed.
    public static func isError(_ status: String) -> Bool { status.hasWord("error") || status.hasWord("fail") }

    /// The lobby is deployed and ready.
    public static func isReady(_ status: String) -> Bool { status.uppercased() == "READY" }

    /// Why a lobby in `status` cannot take `command` (deploy needs a lobby that is not deployed or moving; terminate
    /// one that is deployed, deploying or failed), or nil when it can — or when the status is not one of the known ones,
    /// and the API decides. Said without a request: a 409 is not how an operator should learn it.
    public static func refusal(_ command: Command, status: String, url: String) -> String? {
        switch command {
        case .deployLobby:
            if isReady(status) || (!url.isEmpty && !isTransitional(status) && !isError(status)) { return "is already deployed (\(status))" }
            if isTransitional(status) { return "is \(status): wait until it settles" }
        case .terminateLobby:
            if status.lowercased() == "released" { return "is not deployed (\(status))" }
            if isTerminating(status) { return "is already terminating" }
        default: break
        }
        return nil
    }
}

extension String {
    /// Whether `word` (lowercase ASCII) occurs in the string, ASCII letters compared without case. Over the UTF-8
    /// bytes: the header classifies every lobby at every frame, and `lowercased().contains` (a copy, then a generic
    /// search) was a tenth of an idle dashboard's CPU.
    func hasWord(_ word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var text = self
        return text.withUTF8 { hay in
            guard hay.count >= needle.count else { return false }
            for start in 0...(hay.count - needle.count) {
                var i = 0
                while i < needle.count, Self.lower(hay[start + i]) == needle[i] { i += 1 }
                if i == needle.count { return true }
            }
            return false
        }
    }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
}
