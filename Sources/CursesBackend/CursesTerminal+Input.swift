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
        // After EINTR (ready == 0) the handler's byte is already in the pipe: take it with its flag.
        let pipeMayHaveBytes = ready == 0 || ready & Int32(RD_POLL_WAKE) != 0
        let wakeBytes = pipeMayHaveBytes ? Int(rd_term_drain_wake()) : 0
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

    private func handle(signals initial: UInt32, into input: inout DeviceInput) {
        var signals = initial
        if signals & UInt32(RD_SIG_TSTP) != 0 && Self.stopReason(signals) == nil {
            let later = suspend()
            // The SIGCONT that resumed us is handled right here; anything else raised meanwhile still counts.
            signals |= later.signals & ~UInt32(RD_SIG_CONT)
            if later.wake { input.events.append(.wake) }
            input.events.append(.resumed)
            input.events.append(resize())
        } else if signals & UInt32(RD_SIG_CONT) != 0 {
            // Continued after a stop we did not arrange (SIGSTOP): the screen may be anything.
            input.events.append(.resumed)
            input.events.append(resize())
        } else if signals & UInt32(RD_SIG_WINCH) != 0 {
            input.events.append(resize())
        }
        input.stop = Self.stopReason(signals)
    }

    /// The exit a set of signal bits asks for: hang-up first, then SIGTERM, then SIGINT.
    static func stopReason(_ signals: UInt32) -> ExitReason? {
        if signals & UInt32(RD_SIG_HUP) != 0 { return .hangup }
        if signals & UInt32(RD_SIG_TERM) != 0 { return .terminated }
        if signals & UInt32(RD_SIG_INT) != 0 { return .interrupted }
        return nil
    }

    /// Gives the terminal back, stops with SIGTSTP's default action, and takes it again after SIGCONT.
    /// Returns the signals raised while stopped, and whether the pipe also held a wake-up from another thread.
    private func suspend() -> (signals: UInt32, wake: Bool) {
        // The shell gets a terminal without mouse reports; they come back with the screen.
        let mouse = mouseReporting
        setMouseReporting(false)
        defer { setMouseReporting(mouse) }
        _ = curs_set(1)
        endwin()
        rd_term_stop_self()
        let drained = Int(rd_term_drain_wake())
        let signals = rd_term_take_signals()
        _ = curs_set(0)
        invalidate()
        return (signals, drained > signals.nonzeroBitCount)
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

    /// The `.resize` event for curses' current size, or nil when it is the size already reported.
    private func sizeFromCurses() -> TerminalEvent? {
        var rows: Int32 = 0, cols: Int32 = 0
        rd_getmaxyx(rd_stdscr(), &rows, &cols)
        let now = TerminalSize(width: Int(cols), height: Int(rows))
        guard now != size else { return nil }
        size = now
        invalidate()
        return .resize(width: now.width, height: now.height)
    }

    private func readKeys(into input: inout DeviceInput) {
        var ch: wint_t = 0
        var items: [KeySequenceDecoder.Item] = []
        // Bounded so a flood of pasted text still lets a frame through.
        for _ in 0..<4096 {
            let result = wget_wch(inputPad, &ch)
            if result == rd_err() { break }
            if result == rd_key_code_yes() {
                if Int32(ch) == rd_key_resize() {
                    // Our own resizeterm queues KEY_RESIZE; only a size we have not seen yet is news.
                    if let event = sizeFromCurses() { input.events.append(event) }
                } else if let key = KeyDecoder.decode(keyCode: Int32(ch)) {
                    items.append(.key(key))
                }
            } else {
                items.append(.character(UInt32(ch)))
            }
        }
        input.events += sequences.feed(items)
    }
}
