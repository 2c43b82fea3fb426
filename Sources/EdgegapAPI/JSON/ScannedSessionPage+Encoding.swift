import FoundationEssentials

extension ScannedSessionPage {
    /// A page as the API would send it, from its models (tests, the benchmarks): each session encoded as the API's JSON
    /// and fingerprinted as a scan would.
    public init(encoding page: SessionPage) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let sessions = page.sessions.map { s in
            let bytes = Array((try? encoder.encode(s)) ?? Data("{}".utf8))
            return ScannedSession(id: s.sessionID, fingerprint: bytes.withUnsafeBufferPointer(ByteFingerprint.hash), json: ArraySlice(bytes))
        }
        self.init(sessions: sessions, totalCount: page.totalCount, pagination: page.pagination)
    }
}
