import EdgegapAPI
import TerminalUI

/// The create-session form: labelled fields, the focused one marked, the problem shown beside its field.
struct SessionFormView: Widget {
    var form: SessionForm
    var keymap: Keymap
    var theme: Theme
    var glyphs: GlyphSet

    static let labels: [(SessionForm.Field, String)] = [
        (.ips, "User IPs"), (.filterField, "Filter field"), (.filterValues, "Filter values"),
        (.filterType, "Filter type"), (.webhook, "Webhook URL"),
    ]

    func render(_ area: Rect, into buffer: inout Buffer) {
        let inner = ModalView.box("New relay session", width: 72, height: 16, in: area, theme: theme, glyphs: glyphs, into: &buffer)
        var y = inner.y + 1
        for (field, label) in Self.labels {
            let focused = form.focus == field
            let marker = focused ? String(glyphs.selectionMarker) : " "
            TextLine([Span(marker + " ", style: theme.style(.accent)), Span(label, style: focused ? theme.style(.title) : theme.style(.text))])
                .render(Rect(x: inner.x, y: y, width: 16, height: 1), into: &buffer)
            let fieldRect = Rect(x: inner.x + 16, y: y, width: inner.width - 16, height: 1)
            switch field {
            case .ips: FieldView(editor: form.ips, focused: focused, theme: theme).render(fieldRect, into: &buffer)
            case .filterField: FieldView(editor: form.filterField, focused: focused, theme: theme).render(fieldRect, into: &buffer)
            case .filterValues: FieldView(editor: form.filterValues, focused: focused, theme: theme).render(fieldRect, into: &buffer)
            case .webhook: FieldView(editor: form.webhook, focused: focused, theme: theme).render(fieldRect, into: &buffer)
            case .filterType:
                let spans = FilterType.allCases.flatMap { t -> [Span] in
                    let on = t == form.filterType
                    return [Span(on ? "(\(glyphs.statusOK)) " : "( ) ", style: on ? theme.style(.accent) : theme.style(.muted)),
                            Span(t.rawValue + "   ", style: on ? theme.style(.text).adding(.bold) : theme.style(.muted))]
                }
                TextLine(spans).render(fieldRect, into: &buffer)
            }
            y += 1
            if let p = form.problem, p.field == field {
                TextLine("\(glyphs.statusError) \(p.text)", style: theme.style(.inputError), ellipsis: glyphs.ellipsis)
                    .render(Rect(x: inner.x + 16, y: y, width: inner.width - 16, height: 1), into: &buffer)
            }
            y += 1
        }
        TextLine("IPs: comma separated, first is the host · filter optional (e.g. country = CA,US)", style: theme.style(.muted), ellipsis: glyphs.ellipsis)
            .render(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 1), into: &buffer)
        TextLine(keymap.hints(.form), style: theme.style(.muted), alignment: .center)
            .render(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), into: &buffer)
    }
}
