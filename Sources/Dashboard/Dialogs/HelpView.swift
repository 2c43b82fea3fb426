import TerminalUI

/// `?` help, generated from the binding table (the same table as the footer and the README).
struct HelpView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet
    var scroll: Int

    func render(_ area: Rect, into buffer: inout Buffer) {
        let inner = ModalView.box("Keys — \(Bindings.closeHint)", width: 76, height: area.height - 2, in: area, theme: theme, glyphs: glyphs, into: &buffer)
        var lines: [TextLine] = []
        if state.config.readOnly { lines.append(TextLine("read-only: mutating keys are disabled", style: theme.style(.warn))) }
        // What the marks in the lists mean, before the keys.
        let yes = glyphs.isUnicode ? "✓" : "y", no = glyphs.isUnicode ? "·" : "-"
        lines.append(TextLine("Marks", style: theme.style(.title)))
        lines.append(TextLine([Span("  \(glyphs.statusOK) ready  ", style: theme.style(.ok)),
                               Span("\(glyphs.statusPending) initializing  ", style: theme.style(.warn)),
                               Span("\(glyphs.statusError) failed  ", style: theme.style(.error)),
                               Span("\(glyphs.statusWarn) stuck  ", style: theme.style(.warn)),
                               Span("\(glyphs.spinner.first ?? "~") working", style: theme.style(.spinner))], ellipsis: glyphs.ellipsis))
        lines.append(TextLine("  R/L \(yes)\(yes) ready and linked, \(yes)\(no) ready, \(no)\(no) neither   AGE \(glyphs.isUnicode ? "≥" : ">")12m: at least",
                              style: theme.style(.text), ellipsis: glyphs.ellipsis))
        let bars = String(Sparkline([1, 3, 5, 7], glyphs: glyphs).symbols(width: 4))
        lines.append(TextLine("  header: fleet N (≈ when the pages shifted) · age of its oldest page · \(bars) the session total over recent polls",
                              style: theme.style(.text), ellipsis: glyphs.ellipsis))
        for scope in Binding.Scope.allCases {
            let bs = Bindings.visible(readOnly: state.config.readOnly).filter { $0.scope == scope }
            guard !bs.isEmpty else { continue }
            lines.append(TextLine(scope.rawValue.capitalized, style: theme.style(.title)))
            // Keys in a column as wide as the scope's longest label needs (at least 10).
            let column = max(10, 1 + (bs.map { TextWidth.of($0.label) }.max() ?? 0))
            for b in bs {
                lines.append(TextLine([Span("  " + TextWidth.fit(b.label, to: column), style: theme.style(.keyHintKey)),
                                       Span(b.help, style: theme.style(.text))], ellipsis: glyphs.ellipsis))
            }
        }
        let start = min(scroll, max(0, lines.count - inner.height))
        // More below than fits: the last row says so, and how to get there.
        let more = start + inner.height < lines.count
        let rows = more ? inner.height - 1 : inner.height
        for (i, l) in lines.dropFirst(start).prefix(rows).enumerated() {
            l.render(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), into: &buffer)
        }
        if more {
            let keys = [Command.scrollDown, .scrollPageDown].compactMap { Bindings.binding($0, in: .help)?.shortLabel }
            TextLine("\(glyphs.ellipsis) \(lines.count - start - rows) more: \(keys.joined(separator: ", "))", style: theme.style(.muted))
                .render(Rect(x: inner.x, y: inner.y + rows, width: inner.width, height: 1), into: &buffer)
        }
    }
}
