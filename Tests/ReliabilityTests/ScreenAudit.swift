import TerminalUI

/// Finds cells whose symbol holds a scalar a terminal would act on: C0, DEL, C1, ESC, bidi controls.
enum ScreenAudit {
    /// One offending cell.
    struct Finding: CustomStringConvertible {
        let x: Int, y: Int, scalar: UInt32
        var description: String { "(\(x),\(y)) U+\(String(scalar, radix: 16, uppercase: true))" }
    }

    /// True for a scalar no cell may hold.
    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB: true
        default: false
        }
    }

    /// Every offending cell of `buffer`.
    static func findings(in buffer: Buffer) -> [Finding] {
        var out: [Finding] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                for s in buffer[x, y].symbol.unicodeScalars where isForbidden(s) {
                    out.append(Finding(x: x, y: y, scalar: s.value))
                }
            }
        }
        return out
    }

    /// Traces of hostile text that reached the Buffer raw: the Buffer's own `?` substitute for a control in
    /// front of a corpus sequence. UntrustedText would have drawn `␛`, `^G` or `<U+…>` instead, so any hit is
    /// a view that skipped the cleaning boundary (the Buffer is only the second line of defence).
    static func bypasses(in text: String) -> [String] {
        let s = Buffer.controlSubstitute
        let traces = ["\(s)[2J", "\(s)[31mREDTEXT", "\(s)[10;10H", "\(s)]52;", "\(s)]8;;", "\(s)]0;TITLED", "\(s)P+q",
                      "\(s)[6nREP", "\(s)[?1049l", "\(s)cRESET", "\(s)2JCSI8BIT", "CSI8BIT\(s)NEXT", "BELLS\(s)",
                      "BACKSPACED\(s)", "CARRIAGE\(s)RET", "NEWLINE\(s)", "NULBYTE\(s)", "DELETED\(s)", "DCS8BIT\(s)"]
        var found = traces.filter { text.contains($0) }
        // Bidi controls are zero-width: the Buffer drops them silently, UntrustedText shows them.
        if text.contains("REVERSED"), !text.contains("<U+202E>REVERSED") { found.append("bare REVERSED (RLO dropped, not shown)") }
        if text.contains("ISOLATED"), !text.contains("<U+2066>ISOLATED") { found.append("bare ISOLATED (LRI dropped, not shown)") }
        return found
    }

    /// Plain marker words of the corpus that are on screen (evidence that hostile text was drawn, cleaned).
    static func markersShown(in text: String) -> [String] {
        ["CLEARED", "REDTEXT", "MOVED", "CLIPPED", "LINKED", "TITLED", "DCSQUERY", "REPORTED", "ALTLEFT", "RESET",
         "CSI8BIT", "DCS8BIT", "BELLS", "BACKSPACED", "CARRIAGE", "NEWLINE", "NULBYTE", "DELETED", "REVERSED",
         "ISOLATED", "JOINED", "ZALGO", "WIDE", "LONGWWW"].filter { text.contains($0) }
    }
}
