import TerminalUI

/// `?` help, generated from the binding table (the same table as the footer and the README) and from
/// `SessionHealth` for what the marks mean. Descriptions wrap: nothing is cut at 80 columns.
struct HelpView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet
    var scroll: Int

    /// The box's width at most.
    static let width = 76

    func render(_ area: Rect, into buffer: inout Buffer) {
        let inner = ModalView.box("Keys \(glyphs.none) \(state.config.keymap.closeHint)", width: Self.width, height: area.height - 2, in: area,
                                  theme: theme, glyphs: glyphs, into: &buffer)
        let lines = Self.lines(state, theme: theme, glyphs: glyphs, width: inner.width)
        let start = min(scroll, Self.maxScroll(lines: lines.count, height: inner.height))
        // More below than fits: the last row says so, and how to get there.
        let more = start + inner.height < lines.count
        let rows = more ? inner.height - 1 : inner.height
        for (i, l) in lines.dropFirst(start).prefix(rows).enumerated() {
            l.render(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), into: &buffer)
        }
        if more {
            let keys = [Command.scrollDown, .scrollPageDown, .bottom].compactMap { state.config.keymap.binding($0, in: .help)?.shortLabel }
            TextLine("\(glyphs.ellipsis) \(lines.count - start - rows) more: \(keys.joined(separator: ", "))", style: theme.style(.muted))
                .render(Rect(x: inner.x, y: inner.y + rows, width: inner.width, height: 1), into: &buffer)
        }
    }

    /// The furthest a list of `lines` scrolls in `height` rows (the last row then shows the last line).
    static func maxScroll(lines: Int, height: Int) -> Int { max(0, lines - max(1, height)) }

    /// The inside of the help box on a screen of `state`'s size: (width, height).
    static func inside(_ state: AppState) -> (width: Int, height: Int) {
        (min(width, state.width - 2) - 4, max(1, state.height - 4))
    }

    /// Every line of help at `width`: the marks, then each scope's keys with their descriptions wrapped under them.
    static func lines(_ state: AppState, theme: Theme, glyphs: GlyphSet, width: Int) -> [TextLine] {
        var lines: [TextLine] = []
        func wrapped(_ text: String, indent: Int, first: [Span] = [], style: Style) {
            let room = max(10, width - indent)
            for (i, part) in TextWidth.wrap(text, width: room).enumerated() {
                let lead = i == 0 && !first.isEmpty ? first : [Span(String(repeating: " ", count: indent))]
                lines.append(TextLine(lead + [Span(part, style: style)]))
            }
        }
        if state.config.readOnly { lines.append(TextLine("read-only: mutating keys are disabled", style: theme.style(.warn))) }
        // What the marks mean, from the one classification the panes use.
        lines.append(TextLine("Marks", style: theme.style(.title)))
        for s in SessionHealth.State.allCases {
            wrapped(s.meaning, indent: 4, first: [Span("  \(s.mark(glyphs)) ", style: s.style(theme))], style: theme.style(.text))
        }
        let stuck = SessionHealth.State.stuck.mark(glyphs)
        wrapped("header: \(stuck)? stuck — not known yet: a session already there when RelayDeck first looked can be "
                + "called stuck only --stuck-after seconds later", indent: 4, first: [Span("    ")], style: theme.style(.text))
        wrapped("marked for a bulk action (Space marks, u clears)", indent: 4,
                first: [Span("  \(glyphs.markedRow) ", style: theme.style(.text).adding(.bold))], style: theme.style(.text))
        wrapped("working: an action on it is in flight", indent: 4,
                first: [Span("  \(glyphs.spinner.first ?? "~") ", style: theme.style(.spinner))], style: theme.style(.text))
        wrapped("R/L \(glyphs.yes)\(glyphs.yes) ready and linked, \(glyphs.yes)\(glyphs.no) ready, \(glyphs.no)\(glyphs.no) neither", indent: 4,
                first: [Span("    ")], style: theme.style(.text))
        wrapped("AGE 12m since RelayDeck first saw it, <1m under a minute; \(glyphs.atLeast)12m at least that (it was already "
                + "there at the first look), ? for such an age under a minute: not known yet", indent: 4, first: [Span("    ")], style: theme.style(.text))
        let bars = String(Sparkline([1, 3, 5, 7], glyphs: glyphs).symbols(width: 4))
        wrapped("header: fleet N (\(glyphs.approximately) when the pages shifted) \(glyphs.separator) age of its oldest page "
                + "\(glyphs.separator) \(bars) the session total over recent polls", indent: 4, first: [Span("    ")], style: theme.style(.text))
        let commands = state.config.commands.filter { !state.config.readOnly || $0.readOnlyAllowed }
        if !commands.isEmpty {
            lines.append(TextLine("Your commands (config.yaml)", style: theme.style(.title)))
            for c in commands {
                let what = "\(c.name): \(c.help ?? c.program) (on the \(c.scope.rawValue); \(c.mode.rawValue)\(c.confirm ? ", asks first" : ""))"
                wrapped(what, indent: 12, first: [Span("  " + TextWidth.fit(c.key.label(glyphs), to: 10), style: theme.style(.keyHintKey))], style: theme.style(.text))
            }
        }
        for scope in Binding.Scope.allCases {
            let bs = state.config.keymap.visible(readOnly: state.config.readOnly).filter { $0.scope == scope }
            guard !bs.isEmpty else { continue }
            lines.append(TextLine(scope.rawValue.capitalized, style: theme.style(.title)))
            // Keys in a column as wide as the scope's longest label needs (at least 10).
            let column = max(10, 1 + (bs.map { TextWidth.of(label($0, glyphs)) }.max() ?? 0))
            for b in bs {
                // The table's help is Markdown for the README: its code marks are not for the screen.
                wrapped(b.help.filter { $0 != "`" }, indent: 2 + column, first: [Span("  " + TextWidth.fit(label(b, glyphs), to: column), style: theme.style(.keyHintKey))],
                        style: theme.style(.text))
            }
        }
        return lines
    }

    /// A binding's keys as help writes them, in the glyph set's arrows.
    static func label(_ b: Binding, _ glyphs: GlyphSet) -> String {
        // A `:` word's binding is written as typed (`:q/:quit`).
        b.words.isEmpty ? b.keys.map { $0.label(glyphs) }.joined(separator: "/") : b.label
    }
}
