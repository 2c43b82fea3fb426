import TerminalUI

/// `view(state, theme, size)`: draws the whole screen into a buffer. Pure; no I/O.
public struct DashboardView {
    public var state: AppState
    public var theme: Theme
    public var glyphs: GlyphSet

    public init(state: AppState, theme: Theme, glyphs: GlyphSet) {
        self.state = state
        self.theme = theme
        self.glyphs = glyphs
    }

    /// Draws a frame covering all of `buffer`.
    public func render(into buffer: inout Buffer) {
        // Paused: the frozen panes, with the live clock, messages and overlay.
        let state = Pause.shown(self.state)
        let area = buffer.area
        if area.width < AppState.minimumWidth || area.height < AppState.minimumHeight {
            TooSmallView(width: area.width, height: area.height, theme: theme).render(into: &buffer)
            return
        }
        // The ASCII set promises ASCII: text written once for both sets (messages, API strings) is brought down too.
        defer { if !glyphs.isUnicode { buffer.asciify() } }
        // One layout for drawing and for the mouse: what is clicked is what was drawn.
        let layout = ScreenLayout(state)
        HeaderView(state: state, theme: theme, glyphs: glyphs).render(layout.header, into: &buffer)
        if let r = layout.panes[.sessions] { SessionListView(state: state, theme: theme, glyphs: glyphs, layout: layout).render(r, into: &buffer) }
        if let r = layout.event, let e = Timeline.selected(state) {
            TimelineEventView(state: state, event: e, theme: theme, glyphs: glyphs).render(r, into: &buffer)
        }
        if let r = layout.panes[.detail] {
            if state.showsLobbyDetail { LobbyDetailView(state: state, theme: theme, glyphs: glyphs).render(r, into: &buffer) }
            else { SessionDetailView(state: state, theme: theme, glyphs: glyphs).render(r, into: &buffer) }
        }
        if let r = layout.panes[.lobbies] {
            // Narrow, the lobby's detail takes the list's place.
            if state.showsLobbyDetail && layout.panes[.detail] == nil { LobbyDetailView(state: state, theme: theme, glyphs: glyphs).render(r, into: &buffer) }
            else { LobbyPanelView(state: state, theme: theme, glyphs: glyphs, layout: layout).render(r, into: &buffer) }
        }
        FooterView(state: state, theme: theme, glyphs: glyphs).render(layout.footer, into: &buffer)
        if let modal = state.modal {
            ModalView(modal: modal, state: state, theme: theme, glyphs: glyphs).render(area, into: &buffer)
        }

    }
}

/// The screen shown when the terminal is smaller than the dashboard needs.
struct TooSmallView {
    var width: Int
    var height: Int
    var theme: Theme

    func render(into buffer: inout Buffer) {
        let lines = [
            "Terminal too small",
            "need \(AppState.minimumWidth)x\(AppState.minimumHeight), have \(width)x\(height)",
            "enlarge the window, or q to quit",
        ]
        let top = max(0, (height - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < height {
            TextLine(l, style: i == 0 ? theme.style(.warn) : theme.style(.text), alignment: .center)
                .render(Rect(x: 0, y: top + i, width: width, height: 1), into: &buffer)
        }
    }
}
