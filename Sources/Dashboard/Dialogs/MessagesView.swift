import TerminalUI

/// `m`: every message whole, newest first, wrapped under its time; one is selected (`y` copies it). What the user did
/// stands out (in its level's colour, bold); what polling said is muted, a repeated one folded into a line with its
/// count. Each line starts with its level's glyph, so they tell apart without colour.
struct MessagesView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet
    var selected: Int?

    /// The history as listed.
    static func newestFirst(_ state: AppState) -> [Message] { state.messages.reversed() }

    /// Where the message numbered `number` is listed (the newest, 0, for nil or one no longer kept).
    static func index(of number: Int?, in listed: [Message]) -> Int {
        number.flatMap { n in listed.firstIndex { $0.number == n } } ?? 0
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let keys = [Command.scrollDown, .copy, .close].compactMap { state.config.keymap.binding($0, in: .help)?.shortLabel(glyphs) }
        let title = "Messages \(glyphs.none) newest first \(glyphs.separator) \(keys[0]) select \(glyphs.separator) \(keys[1]) copy "
            + "\(glyphs.separator) \(keys[2]) close"
        let inner = ModalView.box(title, width: area.width - 4, height: area.height - 2, in: area, theme: theme, glyphs: glyphs, into: &buffer)
        let all = Self.newestFirst(state)
        guard !all.isEmpty else {
            TextLine("nothing said yet", style: theme.style(.muted)).render(inner.row(0), into: &buffer)
            return
        }
        let sel = Self.index(of: selected, in: all)
        let blocks = all.map { lines($0, width: inner.width) }
        // From the top, or far enough down that the selected message shows whole.
        var start = 0, used = blocks[0...sel].reduce(0) { $0 + $1.count }
        while used > inner.height && start < sel {
            used -= blocks[start].count
            start += 1
        }
        var y = inner.y
        for (i, block) in blocks.enumerated().dropFirst(start) {
            for (j, line) in block.enumerated() where y < inner.maxY {
                var line = line
                if i == sel && j == 0 { line.spans[0].style = theme.style(.selection) }
                line.render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
                y += 1
            }
            if y >= inner.maxY { break }
        }
    }

    /// One message as lines: `14:03:07 ▲ text…`, the text wrapped under itself; `×12 since 14:01:00` for a fold.
    func lines(_ m: Message, width: Int) -> [TextLine] {
        let time = TimeText.clock(m.at, zone: state.config.zone) + " "
        let indent = TextWidth.of(time) + 2
        var text = m.text
        if m.count > 1 { text += " \u{D7}\(m.count) since \(TimeText.clock(m.firstAt, zone: state.config.zone))" }
        let style = m.background ? theme.style(.muted) : m.level.style(theme).adding(m.level == .info ? [] : .bold)
        return TextWidth.wrap(text, width: max(10, width - indent)).enumerated().map { i, part in
            let lead = i == 0
                ? [Span(time, style: theme.style(.muted)), Span("\(m.level.mark(glyphs)) ", style: m.level.style(theme))]
                : [Span(String(repeating: " ", count: indent))]
            return TextLine(lead + [Span(part, style: style)])
        }
    }
}
