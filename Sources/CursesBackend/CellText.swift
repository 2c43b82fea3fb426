/// A cell's grapheme as the NUL-terminated wide string `setcchar` takes.
enum CellText {
    /// Scalars `setcchar` keeps for one cell (CCHARW_MAX).
    static let maxScalars = 5

    /// Fills `out` (at least `maxScalars + 1` long) with the scalars of `symbol`. Control characters become
    /// `?`; without a UTF-8 locale every non-ASCII scalar does too, since curses could not show it.
    static func fill(_ out: inout [Int32], with symbol: String, unicode: Bool) {
        var i = 0
        for scalar in symbol.unicodeScalars {
            guard i < maxScalars else { break }
            out[i] = Int32(bitPattern: sanitized(scalar.value, unicode: unicode))
            i += 1
        }
        if i == 0 {
            out[0] = 32
            i = 1
        }
        out[i] = 0
    }

    static func sanitized(_ v: UInt32, unicode: Bool) -> UInt32 {
        if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) { return 0x3F }
        if !unicode && v > 0x7E { return 0x3F }
        return v
    }
}
