import TerminalUI

extension SessionHealth.State {
    /// The glyph that tells the states apart without colour.
    func mark(_ glyphs: GlyphSet) -> Character {
        switch self {
        case .ready: glyphs.statusOK
        case .initializing: glyphs.statusPending
        case .failed: glyphs.statusError
        case .stuck: glyphs.statusWarn
        }
    }

    func style(_ theme: Theme) -> Style {
        switch self {
        case .ready: theme.style(.ok)
        case .initializing: theme.style(.warn)
        case .failed: theme.style(.error)
        case .stuck: theme.style(.warn).adding(.bold)
        }
    }

    /// The word in the header's counts.
    var countWord: String { self == .initializing ? "init" : rawValue }

    /// What the state means, for help's legend.
    var meaning: String {
        switch self {
        case .ready: "ready (the flag and a relay)"
        case .initializing: "initializing"
        case .failed: "failed (it has an error; wins over ready)"
        case .stuck: "stuck (not ready --stuck-after seconds after first seen)"
        }
    }
}

extension SessionHealth {
    /// The mark a row draws: its state's, or the spinner while an action on it is in flight.
    func mark(_ glyphs: GlyphSet, pending: Bool) -> Character {
        pending ? glyphs.spinner.first ?? "~" : state.mark(glyphs)
    }

    /// The state in words where a row has room (`stuck`, `failed`), with what is not known yet said as such.
    var words: String {
        var w = state.rawValue
        if stuckUnknown { w += " (stuck not known yet)" }
        if longLived { w += ", long-lived" }
        return w
    }
}
