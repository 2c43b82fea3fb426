import CNcurses
import CTerminal
import Glibc
import TerminalUI

extension CursesTerminal {
    /// Polls stdin and the wake-up pipe (no timeout when -1), then drains keys without blocking.
    public func waitForInput(timeoutMilliseconds: Int32) -> DeviceInput {
        var input = DeviceInput()
        let ready = rd_term_poll(STDIN_FILENO, timeoutMilliseconds)
        // Drain before reading the flags: a signal landing in between leaves its byte for the next poll.
        let wakeBytes = (ready > 0 && ready & Int32(RD_POLL_WAKE) != 0) ? Int(rd_term_drain_wake()) : 0
        let signals = rd_term_take_signals()
        handle(signals: signals, into: &input)
        if wakeBytes > signals.nonzeroBitCount { input.events.append(.wake) }
        if ready < 0 || (ready > 0 && ready & Int32(RD_POLL_HUP | RD_POLL_ERR) != 0) {
            input.stop = input.stop ?? .hangup
        } else if ready > 0 && ready & Int32(RD_POLL_INPUT) != 0 {
            let keysBefore = input.events.count
            readKeys(into: &input)
            // Readable yet nothing to read, again and again: end of file or a dead line. Leave, never spin.
            emptyReadStreak = input.events.count == keysBefore ? emptyReadStreak + 1 : 0
            if emptyReadStreak >= 8 { input.stop = input.stop ?? .hangup }
        }
        return input
    }

    private func handle(signals: UInt32, into input: inout DeviceInput) {
        if signals & UInt32(RD_SIG_INT) != 0 { input.stop = .interrupted }
        if signals & UInt32(RD_SIG_TERM) != 0 { input.stop = .terminated }
        if signals & UInt32(RD_SIG_HUP) != 0 { input.stop = .hangup }
        guard input.stop == nil else { return }
        if signals & UInt32(RD_SIG_TSTP) != 0 {
            suspend()
            input.events.append(.resumed)
            input.events.append(resize())
        } else if signals & UInt32(RD_SIG_CONT) != 0 {
            // Continued after a stop we did not arrange (SIGSTOP): the screen may be anything.
            invalidate()
            input.events.append(.resumed)
            input.events.append(resize())
        } else if signals & UInt32(RD_SIG_WINCH) != 0 {
            input.events.append(resize())
        }
    }

    /// Gives the terminal back, stops with SIGTSTP's default action, and takes it again after SIGCONT.
    private func suspend() {
        _ = curs_set(1)
        endwin()
        rd_term_stop_self()
        // The SIGCONT that woke us is handled right here; drop its flag so it does not repaint twice.
        _ = rd_term_take_signals() & ~UInt32(RD_SIG_CONT)
        _ = curs_set(0)
        invalidate()
    }

    /// Reads the window size from the tty, tells curses, and returns the `.resize` event.
    func resize() -> TerminalEvent {
        var rows: Int32 = 0, cols: Int32 = 0
        if rd_term_window_size(STDOUT_FILENO, &rows, &cols) == 0 {
            _ = resizeterm(rows, cols)
        }
        rd_getmaxyx(rd_stdscr(), &rows, &cols)
        size = TerminalSize(width: Int(cols), height: Int(rows))
        invalidate()
        return .resize(width: size.width, height: size.height)
    }

    private func readKeys(into input: inout DeviceInput) {
        var ch: wint_t = 0
        // Bounded so a flood of pasted text still lets a frame through.
        for _ in 0..<4096 {
            let result = wget_wch(inputPad, &ch)
            if result == rd_err() { return }
            if result == rd_key_code_yes() {
                if Int32(ch) == rd_key_resize() {
                    input.events.append(resize())
                } else if let key = KeyDecoder.decode(keyCode: Int32(ch)) {
                    input.events.append(.key(key))
                }
            } else if let key = KeyDecoder.decode(character: UInt32(ch)) {
                input.events.append(.key(key))
            }
        }
    }
}
