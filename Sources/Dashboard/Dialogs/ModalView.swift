import EdgegapAPI
import TerminalUI

/// Dialogs, prompts, the create form, help and the message history, drawn over the panes.
struct ModalView: Widget {
    var modal: Modal
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet

    func render(_ area: Rect, into buffer: inout Buffer) {
        switch modal {
        case .confirm(let c): confirm(c, area, &buffer)
        case .prompt(let p): prompt(p, area, &buffer)
        case .createSession(let f): SessionFormView(form: f, keymap: state.config.keymap, theme: theme, glyphs: glyphs).render(area, into: &buffer)
        case .help(let scroll): HelpView(state: state, theme: theme, glyphs: glyphs, scroll: scroll).render(area, into: &buffer)
        case .messages(let selected): MessagesView(state: state, theme: theme, glyphs: glyphs, selected: selected).render(area, into: &buffer)
        case .audit(let entries, let scroll): audit(entries, scroll, area, &buffer)
        }
    }

    /// A cleared box with a border and title; returns its inside.
    static func box(_ title: String, width: Int, height: Int, in area: Rect, theme: Theme, glyphs: GlyphSet,
                    danger: Bool = false, into buffer: inout Buffer) -> Rect {
        draw(box: DialogGeometry.box(width: width, height: height, in: area), title, theme: theme, glyphs: glyphs, danger: danger, into: &buffer)
    }

    /// Clears `r`, draws its border and title; returns its inside.
    static func draw(box r: Rect, _ title: String, theme: Theme, glyphs: GlyphSet, danger: Bool = false, into buffer: inout Buffer) -> Rect {
        buffer.fill(r, with: Cell(" ", style: theme.style(.dialog)))
        var panel = Panel(title: title, focused: true, theme: theme, glyphs: glyphs)
        if danger { panel.focusedBorderStyle = theme.style(.danger) }
        panel.render(r, into: &buffer)
        return panel.inner(r).inset(horizontal: 1, vertical: 0)
    }

    func confirm(_ c: Confirmation, _ area: Rect, _ buffer: inout Buffer) {
        let g = DialogGeometry(c, in: area)
        if c.gone != nil { return goneQuestion(c, g, &buffer) }
        let inner = Self.draw(box: g.box, c.title, theme: theme, glyphs: glyphs, danger: c.isDestructive, into: &buffer)
        var y = inner.y + 1
        for line in g.lines {
            TextLine(line, style: theme.style(.text), ellipsis: glyphs.ellipsis).render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            y += 1
        }
        if let needed = c.typeToConfirm {
            y += 1
            TextLine("type \(UntrustedText.clean(needed, limit: 40)) to confirm:", style: theme.style(.warn))
                .render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            y += 1
            FieldView(editor: c.typed, focused: true, theme: theme).render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
        }
        for b in g.buttons {
            let focused = (b.button == .confirm) == c.confirmFocused
            let style = !focused ? theme.style(.text) : b.button == .confirm && c.isDestructive ? theme.style(.danger) : theme.style(.selection)
            TextLine(b.label, style: style).render(b.rect, into: &buffer)
        }
        TextLine(hint(c), style: theme.style(.muted), alignment: .center)
            .render(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), into: &buffer)
    }

    /// What Enter will do, exactly, when the target must be typed; the dialog's keys otherwise.
    func hint(_ c: Confirmation) -> String {
        guard let needed = c.typeToConfirm else { return state.config.keymap.hints(.dialog) }
        let enter = state.config.keymap.binding(.choose, in: .dialog)?.shortLabel ?? "Enter"
        let cancel = state.config.keymap.binding(.cancel, in: .dialog)?.shortLabel ?? "Esc"
        if c.typed.text == needed { return "\(enter): \(c.verb) \(UntrustedText.clean(needed, limit: 30)) \(glyphs.separator) \(cancel) cancel" }
        return "type it, then \(enter) \(glyphs.separator) \(cancel) cancel"
    }

    /// A question whose target went: what happened, and the only way on.
    func goneQuestion(_ c: Confirmation, _ g: DialogGeometry, _ buffer: inout Buffer) {
        let inner = Self.draw(box: g.box, c.title, theme: theme, glyphs: glyphs, into: &buffer)
        for (i, line) in g.lines.enumerated() {
            let lead = i == 0 ? String(glyphs.statusWarn) + " " : "  "
            TextLine(lead + line, style: i < g.lines.count - 1 ? theme.style(.warn) : theme.style(.text), ellipsis: glyphs.ellipsis)
                .render(Rect(x: inner.x, y: inner.y + 1 + i, width: inner.width, height: 1), into: &buffer)
        }
        for b in g.buttons { TextLine(b.label, style: theme.style(.selection)).render(b.rect, into: &buffer) }
        TextLine(Self.goneHint(state.config.keymap), style: theme.style(.muted), alignment: .center)
            .render(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), into: &buffer)
    }

    /// The keys of a question whose target went: `Enter/Esc close`.
    static func goneHint(_ keymap: Keymap) -> String {
        [Command.choose, .cancel].compactMap { keymap.binding($0, in: .dialog)?.shortLabel }.joined(separator: "/") + " close"
    }

    func prompt(_ p: Prompt, _ area: Rect, _ buffer: inout Buffer) {
        let inner = Self.box(p.label, width: 64, height: p.problem == nil ? 5 : 6, in: area, theme: theme, glyphs: glyphs, into: &buffer)
        FieldView(editor: p.editor, focused: true, theme: theme).render(Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), into: &buffer)
        if let why = p.problem {
            TextLine("\(glyphs.statusError) \(why)", style: theme.style(.inputError), ellipsis: glyphs.ellipsis)
                .render(Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 1), into: &buffer)
        }
        TextLine(state.config.keymap.hints(.prompt), style: theme.style(.muted), alignment: .center)
            .render(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), into: &buffer)
    }
}

extension ModalView {
    /// The audit log, newest first.
    static let auditColumns: [Table.Column] = [
        Table.Column("TIME", width: .fixed(14)),
        Table.Column("PROFILE", width: .min(8)),
        Table.Column("ACTION", width: .fixed(15)),
        Table.Column("TARGET", width: .flex(2)),
        Table.Column("OUTCOME", width: .flex(3)),
    ]

    func audit(_ entries: [AuditEntry], _ scroll: Int, _ area: Rect, _ buffer: inout Buffer) {
        let inner = Self.box("Audit log — newest first · \(state.config.keymap.closeHint)", width: area.width - 4, height: area.height - 2,
                             in: area, theme: theme, glyphs: glyphs, into: &buffer)
        let newest = Array(entries.reversed())
        let start = min(scroll, max(0, newest.count - 1))
        let rows = newest.dropFirst(start).map { e in
            Table.Row([TableCell(e.time), TableCell(e.profile), TableCell(e.action), TableCell(e.target),
                       TableCell(e.outcome, style: e.succeeded ? nil : theme.style(.warn))])
        }
        Table(columns: Self.auditColumns, rows: Array(rows), styles: Table.Styles(theme: theme), glyphs: glyphs,
              placeholder: "no mutation recorded yet")
            .render(inner, into: &buffer)
    }
}

/// One editable field drawn in the input roles of the theme.
struct FieldView: Widget {
    var editor: TextInput
    var focused: Bool
    var theme: Theme

    func render(_ area: Rect, into buffer: inout Buffer) {
        editor.render(area, into: &buffer, styles: TextInput.Styles(theme: theme), focused: focused)
    }
}
