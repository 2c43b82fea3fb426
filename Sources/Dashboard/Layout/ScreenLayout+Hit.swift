import TerminalUI

extension ScreenLayout {
    /// What is at a cell.
    public enum Hit: Sendable, Equatable {
        /// Row `index` of a list.
        case row(List, Int)
        /// A pane, away from its rows (its border, title, header line, or below the last row).
        case pane(Pane)
        /// A dialog's button.
        case button(DialogGeometry.Button)
        /// Inside a dialog, not on a button.
        case dialog
        case header, footer
        case nothing
    }

    /// What is drawn at (`x`, `y`): a dialog first (it covers the panes), then a list's row, its pane, the bars.
    public func hit(x: Int, y: Int) -> Hit {
        if let d = dialog {
            if let b = d.buttons.first(where: { $0.rect.contains(x: x, y: y) }) { return .button(b.button) }
            return d.box.contains(x: x, y: y) ? .dialog : .nothing
        }
        for (list, g) in lists where g.table.contains(x: x, y: y) {
            if let i = g.row(atY: y) { return .row(list, i) }
        }
        if let (pane, _) = panes.first(where: { $0.value.contains(x: x, y: y) }) { return .pane(pane) }
        if header.contains(x: x, y: y) { return .header }
        if footer.contains(x: x, y: y) { return .footer }
        return .nothing
    }
}
