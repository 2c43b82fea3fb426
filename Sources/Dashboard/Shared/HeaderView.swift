import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// Two header rows: who and where, totals, the sparkline, and the data state (fresh, stale, or the error).
struct HeaderView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2 else { return }
        buffer.setStyle(theme.style(.statusBar), in: area.row(0))
        let env = UntrustedText.clean(state.config.environment, limit: 24)
        // Said in words as well as colour (NO_COLOR, --color never and the mono theme show no danger red), and first
        // to stay: the badges are never cut for the host or the clock.
        var badges: [Span] = [Span(" \(env) ", style: state.config.production ? theme.style(.statusBar).adding(.bold) : theme.style(.accent))]
        if state.config.production { badges.append(Span(" PRODUCTION ", style: theme.style(.danger).adding(.reverse).adding(.bold))) }
        if state.config.readOnly { badges.append(Span(" READ-ONLY ", style: theme.style(.warn).adding(.reverse))) }
        if let p = state.paused {
            let s = max(0, Int(state.now.timeIntervalSince(p.since)))
            badges.append(Span(" PAUSED \(s / 60):\((s % 60).padded(2)) ", style: theme.style(.warn).adding(.reverse).adding(.bold)))
        }
        // Problems the timeline has not shown yet (`!` opens it); reversed while an alert is fresh.
        let unseen = state.model.events.unseen
        if unseen > 0 {
            let fresh = Alerts.highlighted(state) != nil
            badges.append(Span(" \(glyphs.statusError)\(unseen) new ", style: fresh ? theme.style(.error).adding(.reverse).adding(.bold) : theme.style(.error)))
        }
        let name = Span(" RelayDeck ", style: theme.style(.statusBar).adding(.bold))
        let badgeWidth = badges.reduce(0) { $0 + $1.width }
        // The data state (the clock, or the error and its countdown) gets up to half the line, less what the badges need.
        let right = dataState()
        let rw = max(0, min(area.width / 2, area.width - badgeWidth - 1, right.reduce(0) { $0 + $1.width }))
        var left = badges
        let room = area.width - rw - 1 - badgeWidth
        if room >= name.width { left.insert(name, at: 0) }
        // A fresh alert says itself where the host is, for a few seconds.
        let host = Alerts.highlighted(state).map { " \($0.summary) " } ?? " \(UntrustedText.clean(state.config.apiHost, limit: 48)) "
        let hostRoom = room - (room >= name.width ? name.width : 0)
        if hostRoom >= 6 { left.append(Span(TextWidth.truncate(host, to: hostRoom, ellipsis: glyphs.ellipsis), style: theme.style(.statusBar))) }
        TextLine(left, ellipsis: glyphs.ellipsis).render(Rect(x: area.x, y: area.y, width: area.width - rw - 1, height: 1), into: &buffer)
        TextLine(right, alignment: .right, ellipsis: glyphs.ellipsis)
            .render(Rect(x: area.maxX - rw - 1, y: area.y, width: rw, height: 1), into: &buffer)
        TextLine(totals(width: area.width), ellipsis: glyphs.ellipsis).render(area.row(1), into: &buffer)
    }

    /// Sessions and lobbies at a glance, then a sparkline of the session total over recent polls in what room is left
    /// of `width` (up to 20 cells; none under 6), so it never pushes the lobbies off the line.
    func totals(width: Int) -> [Span] {
        var spans: [Span] = fleet()
        if let summary = state.fleet.summary, state.config.crawlRate > 0, !state.fleet.index.isPartial {
            spans += counts(summary, alwaysStuck: true)
        } else if let page = state.sessions.feed.value {
            // Each session once, in its health's state (the same classification as its row's mark).
            var summary = FleetSummary()
            for s in page.sessions { summary.add(state.health(s)) }
            spans += [Span(" sessions ", style: theme.style(.muted)), Span("\(page.totalCount)", style: theme.style(.header)),
                      Span("  page:", style: theme.style(.muted))]
            spans += counts(summary)
        } else {
            spans.append(Span(" sessions \(glyphs.ellipsis)", style: theme.style(.muted)))
        }
        if let lobbies = state.lobbies.feed.value {
            // One category a lobby: error, then moving (deploying, terminating), then up (it has a url).
            let errors = lobbies.filter { LobbyStatus.isError($0.status) }.count
            let moving = lobbies.filter { !LobbyStatus.isError($0.status) && LobbyStatus.isTransitional($0.status) }.count
            let ready = lobbies.filter { !LobbyStatus.isError($0.status) && !LobbyStatus.isTransitional($0.status) && $0.isUsable }.count
            // The rest (released, never deployed) are idle: said when there are any, so the parts add up.
            let idle = lobbies.count - ready - moving - errors
            spans += [Span("  lobbies ", style: theme.style(.muted)), Span("\(lobbies.count)", style: theme.style(.header)),
                      Span(" (\(ready) up, \(moving) moving, \(errors) error\(idle > 0 ? ", \(idle) idle" : ""))", style: theme.style(.muted))]
        }
        let room = min(Self.sparklineWidth, width - spans.reduce(0) { $0 + $1.width } - 3)
        if state.totalsHistory.count > 1 && room >= 6 {
            let bars = Sparkline(state.totalsHistory.map(Double.init), glyphs: glyphs).symbols(width: room)
            spans.append(Span("  " + String(bars), style: theme.style(.accent)))
        }
        return spans
    }

    /// The most polls the sparkline shows (one a cell).
    static let sparklineWidth = 20

    /// `●980 ready ◌15 init ✖3 failed ▲2 stuck` (for the page, stuck only when there are any). `▲?` when stuck is not
    /// known yet for some (ages that are lower bounds still under --stuck-after): `▲0+? stuck`.
    func counts(_ c: FleetSummary, alwaysStuck: Bool = false) -> [Span] {
        var spans: [Span] = []
        for state in [SessionHealth.State.ready, .initializing, .failed] {
            spans.append(Span("\(spans.isEmpty ? " " : " ")\(state.mark(glyphs))\(c[state]) \(state.countWord)", style: state.style(theme)))
        }
        if c.stuck > 0 || c.stuckUnknown > 0 || alwaysStuck {
            let n = c.stuckUnknown == 0 ? "\(c.stuck)" : c.stuck == 0 ? "?" : "\(c.stuck)+?"
            spans.append(Span(" \(SessionHealth.State.stuck.mark(glyphs))\(n) stuck", style: SessionHealth.State.stuck.style(theme)))
        }
        return spans
    }

    /// The fleet index's coverage and age: `fleet 8/10 pages · 40s old ·` while the first sweep runs, then
    /// `fleet 1000 · 12s old ·` (`≈1000` when the last sweep saw the pages shift); `page only` with the crawl off.
    func fleet() -> [Span] {
        guard state.config.crawlRate > 0 else { return [Span(" page only ·", style: theme.style(.muted))] }
        let f = state.fleet, index = f.index
        let age = index.oldestPage.flatMap { TimeText.fleetAge(state.now.timeIntervalSince($0)) }.map { " · \($0) old" } ?? ""
        var spans: [Span] = [Span(" fleet ", style: theme.style(.muted))]
        if let c = Fleet.coverage(state), index.total != nil {
            spans.append(Span("\(c.read)/\(c.of) pages", style: theme.style(.header)))
        } else if index.isPartial {
            spans.append(Span("indexing…", style: theme.style(.header)))
        } else if let s = f.summary {
            spans.append(Span(s.census ? "\(s.total)" : "\(glyphs.approximately)\(s.total)", style: theme.style(.header)))
        }
        var tail = age
        if f.status.error != nil { tail += " · retrying" } else if f.status.staleSince != nil { tail += " · stale" }
        if f.slowdown > 1 { tail += " · slowed" }
        spans.append(Span(tail + " ·", style: f.status.isStale ? theme.style(.warn) : theme.style(.muted)))
        return spans
    }

    /// `● updated 14:03` (the session page's time, to the minute: the dot says it is fresh — `STALE` takes its place
    /// past twice the poll interval — and a clock ticking at every poll would rewrite the header for nothing),
    /// `STALE 14s`, or the error and the retry countdown.
    func dataState() -> [Span] {
        let feeds = [state.sessions.feed.status, state.lobbies.feed.status]
        if let bad = feeds.first(where: { $0.error != nil }), let error = bad.error {
            let wait = bad.retryAt.map { max(0, Int($0.timeIntervalSince(state.now).rounded(.up))) } ?? 0
            // The countdown goes first: when space is short the error text is what gets cut, not the countdown.
            var spans = [Span(" retry in \(wait)s ", style: theme.style(.warn)),
                         Span(" \(glyphs.statusError) \(ErrorText.beside(countdown: error, keySource: state.config.keySource)) ", style: theme.style(.error))]
            if let at = bad.staleSince { spans.insert(Span(" STALE \(TimeText.age(state.now.timeIntervalSince(at))) ", style: theme.style(.warn).adding(.reverse)), at: 0) }
            return spans
        }
        if let at = feeds.compactMap(\.staleSince).min() {
            return [Span(" STALE ", style: theme.style(.warn).adding(.reverse)),
                    Span(" updated \(TimeText.age(state.now.timeIntervalSince(at))) ago ", style: theme.style(.warn))]
        }
        // Fresh everywhere: the time of the last session page (the lobbies' own time shows only once stale).
        guard let shown = state.sessions.updatedAt else { return [Span(" connecting… ", style: theme.style(.muted))] }
        return [Span(" \(glyphs.statusOK) ", style: theme.style(.ok)),
                Span("updated \(TimeText.clock(shown, zone: state.config.zone, seconds: false)) ", style: theme.style(.muted))]
    }
}
