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

    /// The detail's width side by side with the list: 42 % of the screen, but at least what a full IPv6 address and a
    /// token need (58), and never so much that the list has under 62.
    static func detailWidth(total: Int) -> Int {
        min(max(total * 42 / 100, 58), max(0, total - 62))
    }

    /// Draws a frame covering all of `buffer`.
    public func render(into buffer: inout Buffer) {
        let area = buffer.area
        if area.width < AppState.minimumWidth || area.height < AppState.minimumHeight {
            TooSmallView(width: area.width, height: area.height, theme: theme).render(into: &buffer)
            return
        }
        // The ASCII set promises ASCII: text written once for both sets (messages, API strings) is brought down too.
        defer { if !glyphs.isUnicode { buffer.asciify() } }
        let rows = Layout.vertical([.fixed(2), .fill(1), .fixed(2)]).split(area)
        HeaderView(state: state, theme: theme, glyphs: glyphs).render(rows[0], into: &buffer)
        if state.isWide {
            let body = Layout.vertical([.fill(3), .percentage(30)]).split(rows[1])
            let top = Layout.horizontal([.fill(1), .fixed(Self.detailWidth(total: body[0].width))]).split(body[0])
            SessionListView(state: state, theme: theme, glyphs: glyphs).render(top[0], into: &buffer)
            SessionDetailView(state: state, theme: theme, glyphs: glyphs).render(top[1], into: &buffer)
            LobbyPanelView(state: state, theme: theme, glyphs: glyphs).render(body[1], into: &buffer)
        } else {
            switch state.focus {
            case .sessions: SessionListView(state: state, theme: theme, glyphs: glyphs).render(rows[1], into: &buffer)
            case .detail: SessionDetailView(state: state, theme: theme, glyphs: glyphs).render(rows[1], into: &buffer)
            case .lobbies: LobbyPanelView(state: state, theme: theme, glyphs: glyphs).render(rows[1], into: &buffer)
            }
        }
        FooterView(state: state, theme: theme, glyphs: glyphs).render(rows[2], into: &buffer)
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
