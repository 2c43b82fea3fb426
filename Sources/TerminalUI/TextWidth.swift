/// Display width of text in terminal columns (0, 1 or 2 a grapheme), independent of the C locale.
public enum TextWidth {
    /// Columns one grapheme occupies. A control character counts 1: `Buffer` shows it as a visible substitute.
    public static func of(_ g: Character) -> Int {
        guard let first = g.unicodeScalars.first else { return 0 }
        let v = first.value
        if isControl(v) { return 1 }
        // Box drawing, blocks, braille, arrows and punctuation draw most of a frame's non-ASCII cells: alone
        // (no selector or mark after them) they are one column, without a property look-up.
        if isPlainNarrow(v) && g.unicodeScalars.count == 1 { return 1 }
        let scalars = g.unicodeScalars
        // An explicit presentation selector decides emoji width (VS16 → emoji, 2; VS15 → text, 1).
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if scalars.contains(where: { $0.value == 0xFE0E }) { return 1 }
        if v < 0x300 { return 1 }
        let props = first.properties
        switch props.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }  // Hangul medial/final jamo join the syllable.
        if props.isEmojiPresentation { return 2 }
        return isWide(v) ? 2 : 1
    }

    /// Columns a string occupies.
    public static func of(_ s: String) -> Int {
        // Most of a frame is printable ASCII: a column a byte, no grapheme breaking needed.
        if isPrintableASCII(s) { return s.utf8.count }
        return s.reduce(0) { $0 + of($1) }
    }

    /// True when every byte of `s` is printable ASCII (0x20–0x7E): one grapheme and one column a byte.
    @inline(__always)
    public static func isPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Columns a substring occupies.
    public static func of(_ s: Substring) -> Int { s.reduce(0) { $0 + of($1) } }

    /// Ranges whose single scalars are one column and never emoji-presentation or marks.
    @inline(__always)
    static func isPlainNarrow(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF,
             0x2500...0x25FC, 0x2800...0x28FF:
            return true
        default:
            return false
        }
    }

    /// True for C0 controls, DEL and C1 controls, which a terminal must never receive raw.
    public static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v < 0xA0)
    }

    /// East Asian Wide and Fullwidth ranges (the common blocks).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
