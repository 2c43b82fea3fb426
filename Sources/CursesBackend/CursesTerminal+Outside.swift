import CNcurses
import CTerminal
import Glibc
import TerminalUI

extension CursesTerminal {
    /// Button presses and releases (1000) in SGR form (1006): coordinates past 223 survive, and tmux forwards them.
    static let mouseOn: [UInt8] = Array("\u{1B}[?1000h\u{1B}[?1006h".utf8)
    static let mouseOff: [UInt8] = Array("\u{1B}[?1006l\u{1B}[?1000l".utf8)

    /// Turns the terminal's mouse reports on or off (nothing is written when it is already so).
    public func setMouseReporting(_ on: Bool) {
        guard on != mouseReporting else { return }
        mouseReporting = on
        TerminalOutput.writeBetweenFrames(on ? Self.mouseOn : Self.mouseOff)
    }

    /// Leaves curses (mouse reports off, cursor on, the terminal's own modes back), runs `work` on the bare
    /// terminal, then takes the screen back and repaints it whole. A Ctrl-C or Ctrl-Z typed meanwhile was the
    /// program's: it does not stop the dashboard; a hang-up or SIGTERM still does.
    public func runOutside(_ work: () -> Int32) -> Int32 {
        let mouse = mouseReporting
        setMouseReporting(false)
        _ = curs_set(1)
        endwin()
        fflush(rd_stdout_file())
        let status = work()
        rd_term_forget_signals(UInt32(RD_SIG_INT | RD_SIG_TSTP | RD_SIG_CONT))
        // The window may have changed size meanwhile (the loop reports the size it reads back).
        _ = resize()
        _ = curs_set(0)
        invalidate()
        setMouseReporting(mouse)
        return status
    }
}
