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
        for (i, l) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            l.render(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), into: &buffer)
        }
    }
}
