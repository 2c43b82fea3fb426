import CNcurses
import TerminalUI

extension CursesTerminal {
    /// Writes only the cells that changed since the last frame, then one `doupdate`.
    /// Writes nothing when nothing changed; repaints everything after `invalidate`, a resize or a resume.
    public func present(_ buffer: Buffer) {
        let changes: [CellChange]
        if let last = lastFrame, last.width == buffer.width, last.height == buffer.height {
            changes = buffer.diff(from: last)
        } else {
            changes = buffer.diff(from: Buffer(width: 0, height: 0))
            clearBeforeNextFrame = true
        }
        guard !changes.isEmpty || clearBeforeNextFrame else { return }
        let window = rd_stdscr()
        var text = [wchar_t](repeating: 0, count: 6)
        var cell = cchar_t()
        for change in changes where !change.cell.isContinuation {
            CellText.fill(&text, with: change.cell.symbol, unicode: unicodeLocale)
            let style = cursesStyle(change.cell.style)
            _ = rd_setcchar(&cell, text, style.attrs, style.pair)
            // The bottom-right cell reports ERR (the cursor cannot advance) but is drawn all the same.
            _ = mvwadd_wch(window, Int32(change.y), Int32(change.x), &cell)
        }
        if clearBeforeNextFrame {
            _ = clearok(rd_curscr(), true)
            clearBeforeNextFrame = false
        }
        _ = wnoutrefresh(window)
        // doupdate writes and flushes the frame; out-of-band bytes (OSC 52) wait for it to finish.
        TerminalOutput.lock.withLock { _ in _ = doupdate() }
        lastFrame = buffer
    }
}
