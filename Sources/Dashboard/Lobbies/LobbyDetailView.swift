import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// A lobby's detail, in the detail pane: its status and how long it has had it, its url, when it was first seen,
/// how long a deploy has taken so far (and the stuck mark), what its state allows, and its events from the timeline.
struct LobbyDetailView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet

    func render(_ area: Rect, into buffer: inout Buffer) {
        let name = state.lobbyPane.selectedName
        let lobby = name.flatMap { n in state.visibleLobbies.first { $0.name == n } }
        let title = "Lobby " + (name.map { UntrustedText.clean($0, limit: 64) } ?? "")
        let panel = Panel(title: title, focused: state.focus == .lobbies, theme: theme, glyphs: glyphs)
        panel.render(area, into: &buffer)
        let inner = panel.inner(area).inset(horizontal: 1, vertical: 0)
        guard let lobby else {
            TextLine("no lobby selected (Esc: back to the list)", style: theme.style(.muted)).render(inner.row(0), into: &buffer)
            return
        }
        var y = inner.y
        for line in fields(lobby) where y < inner.maxY {
            line.render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            y += 1
        }
        let events = state.model.events.events.filter { $0.target == .lobby(lobby.name) }.reversed()
        guard y + 2 < inner.maxY else { return }
        y += 1
        TextLine("Events (\(events.count))" + (events.isEmpty ? "" : " \(glyphs.separator) newest first"), style: theme.style(.title))
            .render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
        y += 1
        if events.isEmpty {
            TextLine("nothing has changed since RelayDeck started watching", style: theme.style(.muted)).render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
        }
        for e in events where y < inner.maxY {
            let style = e.kind.severity == .problem ? theme.style(.error) : e.kind.severity == .warning ? theme.style(.warn) : theme.style(.text)
            TextLine([Span(TimeText.clock(e.at, zone: state.config.zone) + " ", style: theme.style(.muted)),
                      Span(e.kind.rawValue + (e.count > 1 ? " \u{D7}\(e.count)" : ""), style: style),
                      Span(e.detail.isEmpty ? "" : "  " + e.detail)], ellipsis: glyphs.ellipsis)
                .render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            y += 1
        }
    }

    func fields(_ l: Lobby) -> [TextLine] {
        func kv(_ k: String, _ v: String, _ style: Style? = nil) -> TextLine {
            TextLine([Span(TextWidth.fit(k, to: SessionDetailView.labelWidth), style: theme.style(.muted)),
                      Span(v, style: style ?? theme.style(.text))], ellipsis: glyphs.ellipsis)
        }
        let now = state.now
        let moving = state.lobbies.movingSince[l.name]
        let stuck = moving.map { now.timeIntervalSince($0) > state.config.lobbyStuckAfter } ?? false
        let statusStyle = stuck ? theme.style(.warn).adding(.bold) : LobbyStatus.isError(l.status) ? theme.style(.error)
            : l.isUsable ? theme.style(.ok) : theme.style(.text)
        var out = [kv("status", (stuck ? "\(glyphs.statusWarn) stuck \(glyphs.separator) " : "") + UntrustedText.clean(l.status, limit: 32), statusStyle)]
        if let since = state.lobbies.statusSince[l.name] {
            out.append(kv("for", "\(TimeText.age(since: since, now: now, glyphs: glyphs)) (since \(TimeText.clock(since.at, zone: state.config.zone)))"))
        }
        out.append(kv("url", l.url.isEmpty ? glyphs.none : UntrustedText.clean(l.url, limit: 200), l.url.isEmpty ? theme.style(.muted) : nil))
        if let first = state.lobbies.firstSeen.record(l.name) {
            let age = TimeText.age(since: first, now: now, glyphs: glyphs)
            let clock = TimeText.clock(first.at, zone: state.config.zone)
            out.append(kv("age", first.lowerBound ? "\(age) (already there at first look, \(clock))" : "\(age) (first seen \(clock))", theme.style(.muted)))
        }
        if let moving {
            let what = LobbyStatus.isTerminating(l.status) ? "teardown" : "deploy"
            out.append(kv(what, "\(TimeText.age(now.timeIntervalSince(moving))) so far" + (stuck ? " (stuck after \(TimeText.age(state.config.lobbyStuckAfter)))" : ""),
                          stuck ? theme.style(.warn) : nil))
        }
        // What its state allows, in the keys in force.
        let allowed = state.config.keymap.all.filter { b in
            b.scope == .lobbies && [.deployLobby, .terminateLobby, .deleteLobby].contains(b.command) && !b.keys.isEmpty
                && LobbyStatus.refusal(b.command, status: l.status, url: l.url) == nil
                && !(state.config.readOnly && b.command.isMutating)
        }.map { "\($0.shortLabel(glyphs)) \($0.short)" }
        out.append(kv("actions", allowed.isEmpty ? "none now (its state allows nothing)" : allowed.joined(separator: " \(glyphs.separator) ")))
        return out
    }
}
