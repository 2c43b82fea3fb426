import CNcurses
import Glibc
import TerminalUI

extension CursesTerminal {
    /// Starts colour unless the mode or `NO_COLOR` forbids it. Returns the depth to report to the program
    /// and the depth curses can emit (they differ when COLORTERM promises 24-bit colour but the terminfo
    /// entry only has 256 colours: themes may use RGB, and it is down-sampled on output).
    static func setUpColors(mode: ColorMode) -> (reported: ColorDepth, emit: ColorDepth) {
        guard ColorPolicy.wantsColor(mode: mode, noColor: environment("NO_COLOR")), has_colors() else {
            return (.mono, .mono)
        }
        guard start_color() != rd_err() else { return (.mono, .mono) }
        _ = use_default_colors()
        let colors = Int(rd_colors())
        let direct = colors >= 1 << 24
        let emit = ColorDepth(colors: colors, direct: direct)
        let trueColorHint = rd_has_flag_cap("RGB") != 0 || rd_has_flag_cap("Tc") != 0
            || ColorPolicy.colortermPromisesTrueColor(environment("COLORTERM"))
        let reported = trueColorHint && emit != .mono ? ColorDepth.trueColor : emit
        return (reported, emit)
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Curses attributes and pair for a style, allocating the pair on first use.
    func cursesStyle(_ style: Style) -> (attrs: attr_t, pair: Int32) {
        if let known = styleCache[style] { return known }
        var attrs = rd_a_normal()
        let a = style.attributes
        if a.contains(.bold) { attrs |= rd_a_bold() }
        if a.contains(.dim) { attrs |= rd_a_dim() }
        if a.contains(.italic) { attrs |= rd_a_italic() }
        if a.contains(.underline) { attrs |= rd_a_underline() }
        if a.contains(.reverse) { attrs |= rd_a_reverse() }
        if a.contains(.blink) { attrs |= rd_a_blink() }
        var pair: Int32 = 0
        if emitDepth != .mono {
            let s = style.downsampled(to: emitDepth)
            let key = ColorPairCache.Key(fg: ColorPolicy.cursesNumber(s.fg), bg: ColorPolicy.cursesNumber(s.bg))
            switch pairs.pair(for: key) {
            case .existing(let n):
                pair = n
            case .allocated(let n):
                _ = init_extended_pair(n, key.fg, key.bg)
                pair = n
            case .exhausted:
                // Pairs get redefined from scratch: every cell must be written again with fresh ones.
                pairs.reset()
                styleCache.removeAll()
                invalidate()
                return (attrs, 0)
            }
        }
        styleCache[style] = (attrs, pair)
        return (attrs, pair)
    }
}
