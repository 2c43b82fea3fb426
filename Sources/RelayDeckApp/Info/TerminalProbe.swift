import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What can be learnt about the terminal without starting curses: environment, locale, and the size from the tty.
public struct TerminalProbe: Sendable, Equatable {
    /// `$TERM`, if set.
    public var term: String?
    /// `$COLORTERM`, if set.
    public var colorTerm: String?
    /// True when `NO_COLOR` is set to a non-empty value.
    public var noColor: Bool
    /// The locale variable in effect (`LC_ALL`, `LC_CTYPE` or `LANG`) and its value.
    public var locale: String?
    /// True when that locale is UTF-8.
    public var utf8: Bool
    /// True when standard output is a terminal.
    public var stdoutIsTTY: Bool
    /// Columns and rows (ioctl TIOCGWINSZ), when stdout is a terminal.
    public var size: (columns: Int, rows: Int)?

    /// A probe of `environment` and (for the size) the process's standard output.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalProbe {
        var probe = TerminalProbe(environment: environment, stdoutIsTTY: isatty(STDOUT_FILENO) == 1)
        if probe.stdoutIsTTY {
            var ws = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 {
                probe.size = (Int(ws.ws_col), Int(ws.ws_row))
            }
        }
        return probe
    }

    /// A probe from `environment` only (no size).
    public init(environment: [String: String], stdoutIsTTY: Bool = false) {
        term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        colorTerm = environment["COLORTERM"].flatMap { $0.isEmpty ? nil : $0 }
        noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].first { !(environment[$0] ?? "").isEmpty }
        locale = name.map { "\($0)=\(environment[$0] ?? "")" }
        let value = (name.flatMap { environment[$0] } ?? "").lowercased()
        utf8 = value.contains("utf-8") || value.contains("utf8")
        self.stdoutIsTTY = stdoutIsTTY
        size = nil
    }

    /// Probes compare by their fields (the size tuple included).
    public static func == (a: TerminalProbe, b: TerminalProbe) -> Bool {
        a.term == b.term && a.colorTerm == b.colorTerm && a.noColor == b.noColor && a.locale == b.locale && a.utf8 == b.utf8
            && a.stdoutIsTTY == b.stdoutIsTTY && a.size?.columns == b.size?.columns && a.size?.rows == b.size?.rows
    }
}
