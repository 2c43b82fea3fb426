import Foundation

extension AppState {
    /// The state with what no view reads zeroed, and without the clock. Two states with equal `drawn` draw the
    /// same frame at the same moment, so starting a poll (a new generation, an in-flight flag behind data) or an
    /// answer that changes nothing on screen costs no frame. Time alone moves the screen only through the clock's
    /// ticks (`DashboardProgram.dispatch`): the reducer schedules them for whatever counts on screen (staleness,
    /// countdowns, spinners), and every frame drawn for another reason shows the current time anyway.
    var drawn: AppState {
        var s = self
        s.now = .distantPast
        s.sessions.feed = s.sessions.feed.drawn
        s.lobbies.feed = s.lobbies.feed.drawn
        s.detail.feed = s.detail.feed.drawn
        // The detail pane shows its value and error; its times are in no view.
        s.detail.feed.updatedAt = nil
        s.detail.feed.retryAt = nil
        // The lobbies' time shows only in the header's STALE text (once stale); an unchanged lobby answer draws nothing.
        if !lobbies.feed.isStale(now: now, interval: config.refresh) { s.lobbies.feed.updatedAt = nil }
        s.probe = Probe()
        return s
    }
}
