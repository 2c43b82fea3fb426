import CNcurses
import CTerminal
import Glibc
import TerminalUI

/// The ncurses screen: the one place that calls curses, always from the thread that created it.
public final class CursesTerminal: TerminalDevice {
    /// What was detected at start-up.
    public let capabilities: TerminalCapabilities
    /// The current size in cells (updated on resize).
    public internal(set) var size: TerminalSize

    let screen: OpaquePointer
    /// A 1×1 pad that keys are read from: reading from a pad never refreshes the screen mid-frame.
    let inputPad: UnsafeMutablePointer<WINDOW>
    /// The depth curses can actually emit (24-bit only with a direct-colour terminfo entry).
    let emitDepth: ColorDepth
    /// False when the locale is not UTF-8: non-ASCII text is replaced before it reaches curses.
    let unicodeLocale: Bool
    var pairs: ColorPairCache
    var styleCache: [Style: (attrs: attr_t, pair: Int32)] = [:]
    var lastFrame: Buffer?
    var clearBeforeNextFrame = true
    /// Escape sequences curses did not recognise, assembled across reads.
    var sequences = KeySequenceDecoder()
    /// Consecutive polls that said "readable" but yielded no key: a dead or closed input.
    var emptyReadStreak = 0
    /// True while the terminal sends mouse reports.
    var mouseReporting = false
    private var closed = false

    /// Sets up the locale, signal handlers and curses; throws a user-facing `TerminalError`.
    public init(options: TerminalOptions = TerminalOptions()) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        unicodeLocale = Self.setUpLocale()
        if rd_term_install_signals() != 0 {
            throw TerminalError.system("cannot install signal handlers (errno \(errno))")
        }
        // Before newterm changes the tty modes: a crash puts these back (and leaves the alternate screen).
        _ = rd_term_install_crash_guard(STDIN_FILENO)
        let term = Self.environment("TERM") ?? ""
        guard !term.isEmpty, let screen = newterm(nil, rd_stdout_file(), rd_stdin_file()) else {
            rd_term_remove_crash_guard()
            rd_term_restore_signals()
            throw TerminalError.unknownTerminal(term)
        }
        _ = set_term(screen)
        guard term != "dumb", rd_has_string_cap("cup") != 0 else {
            endwin()
            delscreen(screen)
            rd_term_remove_crash_guard()
            rd_term_restore_signals()
            throw TerminalError.notCapable(term)
        }
        self.screen = screen
        rd_term_set_crash_restore(Self.crashRestoreSequence())
        cbreak()
        noecho()
        nonl()
        _ = set_escdelay(25)
        _ = curs_set(0)
        intrflush(rd_stdscr(), false)
        // Saved as curses' program mode, so it holds again after a suspend.
        if options.interruptAsKey && rd_term_key_interrupt(STDIN_FILENO) == 0 { def_prog_mode() }
        // The cursor is hidden, so curses need not move it back after each update.
        leaveok(rd_stdscr(), true)
        guard let pad = newpad(1, 1) else {
            endwin()
            delscreen(screen)
            rd_term_remove_crash_guard()
            rd_term_restore_signals()
            throw TerminalError.system("cannot create the input window")
        }
        inputPad = pad
        keypad(pad, true)
        nodelay(pad, true)
        // Mouse reports are parsed with the other sequences (SGR form, any column); curses' own reading of them
        // would take the X10 form some terminfo entries name (tmux's), which stops at column 223.
        _ = keyok(rd_key_mouse(), false)

        let depths = Self.setUpColors(mode: options.colorMode)
        emitDepth = depths.emit
        let pairCount = depths.emit == .mono ? 0 : Int(rd_color_pairs())
        pairs = ColorPairCache(capacity: Int32(clamping: pairCount))
        var rows: Int32 = 0, cols: Int32 = 0
        rd_getmaxyx(rd_stdscr(), &rows, &cols)
        size = TerminalSize(width: Int(cols), height: Int(rows))
        capabilities = TerminalCapabilities(
            colorDepth: depths.reported, utf8: unicodeLocale && !options.ascii,
            size: size, termName: term, colorPairs: pairCount)
    }

    deinit { close() }

    /// Leaves curses: alternate screen off, cursor visible, echo and canonical mode back. Idempotent.
    public func close() {
        guard !closed else { return }
        closed = true
        // Told to go while stopped in the background (`kill %1`: SIGTERM, then SIGCONT), restoring the tty's modes
        // would raise SIGTTOU and stop the process again, for good. With SIGTTOU blocked here the kernel lets it.
        var ttou = sigset_t(), previous = sigset_t()
        sigemptyset(&ttou)
        sigaddset(&ttou, SIGTTOU)
        pthread_sigmask(SIG_BLOCK, &ttou, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        setMouseReporting(false)
        _ = curs_set(1)
        endwin()
        delscreen(screen)
        fflush(rd_stdout_file())
        rd_term_remove_crash_guard()
        rd_term_restore_signals()
    }

    /// Makes the next `present` clear the terminal and repaint every cell.
    public func invalidate() {
        lastFrame = nil
        clearBeforeNextFrame = true
    }

    /// Attributes off, cursor visible, alternate screen left — from terminfo, so it suits the terminal.
    static func crashRestoreSequence() -> String {
        ["sgr0", "cnorm", "rmcup"].compactMap { name -> String? in
            guard rd_has_string_cap(name) != 0, let value = tigetstr(name) else { return nil }
            return String(cString: value)
        }.joined() + String(decoding: mouseOff, as: UTF8.self) + "\r\n"
    }

    /// `setlocale(LC_ALL, "")`, falling back to C.UTF-8 for LC_CTYPE; true when the codeset is UTF-8.
    static func setUpLocale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8Codeset() { return true }
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { return false }
        return isUTF8Codeset()
    }

    private static func isUTF8Codeset() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
