extension AppState {
    /// The state with what no view reads zeroed; two states with equal `drawn` draw the same frame,
    /// so starting a poll (a new generation, an in-flight flag behind data) costs no frame.
    var drawn: AppState {
        var s = self
        s.sessions.feed = s.sessions.feed.drawn
        s.detail.feed = s.detail.feed.drawn
        s.lobbies.feed = s.lobbies.feed.drawn
        s.probe = Probe()
        return s
    }
}
