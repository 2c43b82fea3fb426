import TerminalUI

/// The highlighted event in full, over the detail while the timeline is listed beside it: its time, kind and target,
/// then its detail wrapped (the list's DETAIL column is cut at 120 columns), or for a burst each session it stands
/// for with its own detail (a failure's error); the detail below shows its session.
struct TimelineEventView: Widget {
    var state: AppState
    var event: Event
    var theme: Theme
    var glyphs: GlyphSet

    /// Lines the detail may take (an event's detail is at most `Event.detailLimit` characters).
    static let detailLines = 4

    /// The rows the box needs at `width`, given at most `room`: its border, the heading line and the lines under it.
    static func height(_ e: Event, width: Int, room: Int) -> Int {
        min(room, 3 + lines(e, width: width, copyKey: "", max: room - 3).count)
    }

    /// What is said under the heading, in at most `max` lines: the detail wrapped, or a burst's members each with its
    /// detail (then how many more).
    static func lines(_ e: Event, width: Int, copyKey: String, max: Int) -> [String] {
        guard max > 0 else { return [] }
        if !e.members.isEmpty {
            let shown = e.members.prefix(e.members.count > max ? max - 1 : max).map { m in
                UntrustedText.clean(m.target.name, limit: 64) + (m.detail.isEmpty ? "" : "  " + m.detail)
            }
            return shown + (e.members.count > shown.count ? ["and \(e.members.count - shown.count) more (\(copyKey) copies every id)"] : [])
        }
        guard !e.detail.isEmpty else { return [] }
        return Array(TextWidth.wrap(e.detail, width: Swift.max(1, width - 4)).prefix(Swift.min(detailLines, max)))
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let sep = glyphs.separator
        let panel = Panel(title: "Event \(sep) \(TimeText.clock(event.at, zone: state.config.zone))", focused: false,
                          theme: theme, glyphs: glyphs)
        panel.render(area, into: &buffer)
        let inner = panel.inner(area).inset(horizontal: 1, vertical: 0)
        let (mark, style) = TimelineView.mark(event.kind.severity, theme: theme, glyphs: glyphs)
        let pinned = event.target.map { state.model.pins.contains($0) } ?? false
        var heading = [Span("\(mark) " + event.kind.rawValue + (event.count > 1 ? " \u{D7}\(event.count)" : ""), style: style)]
        if !event.targetText.isEmpty { heading.append(Span("  " + (pinned ? "*" : "") + event.targetText, style: theme.style(.text))) }
        var y = inner.y
        TextLine(heading, ellipsis: glyphs.ellipsis).render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
        let copy = state.config.keymap.binding(.copy, in: .global)?.shortLabel ?? "y"
        for line in Self.lines(event, width: area.width, copyKey: copy, max: area.height - 3) {
            y += 1
            guard y < inner.maxY else { return }
            TextLine(line, style: theme.style(.text), ellipsis: glyphs.ellipsis)
                .render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
        }
    }
}
