import TerminalUI

/// Pure colour decisions: whether to start colour, and a colour's number for curses.
enum ColorPolicy {
    /// `.never` → no; `.always` → yes; `.auto` → yes unless `NO_COLOR` is set and non-empty.
    static func wantsColor(mode: ColorMode, noColor: String?) -> Bool {
        switch mode {
        case .never: return false
        case .always: return true
        case .auto: return noColor?.isEmpty ?? true
        }
    }

    /// True for `COLORTERM=truecolor` or `24bit`.
    static func colortermPromisesTrueColor(_ value: String?) -> Bool {
        guard let v = value?.lowercased() else { return false }
        return v == "truecolor" || v == "24bit"
    }

    /// The curses colour number of an already down-sampled colour: -1 for the default, the palette index,
    /// or 0xRRGGBB for direct-colour terminals.
    static func cursesNumber(_ color: Color) -> Int32 {
        switch color {
        case .default: return -1
        case .ansi(let n), .indexed(let n): return Int32(n)
        case .rgb(let r, let g, let b): return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        }
    }
}
