/// The one boundary where API strings become view text: control characters, escape sequences,
/// bidi controls and invalid UTF-8 are made visible and harmless, and the length is capped.
public enum UntrustedText {
    /// Default cap on a single field, in characters.
    public static let defaultLimit = 256

    /// A copy of `raw` that is safe to draw: every C0/C1 control, DEL, ESC-introduced sequence,
    /// bidi override or isolate becomes a visible `\u{…}`-style escape; at most `limit` characters.
    public static func clean(_ raw: String, limit: Int = defaultLimit) -> String {
        // Printable ASCII within the limit is already safe: the same string back, no copy.
        if raw.utf8.count <= limit && raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return raw }
        var out = ""
        out.reserveCapacity(min(raw.utf8.count, limit))
        var count = 0
        // Swift Strings are always valid Unicode: invalid UTF-8 from the wire was already
        // repaired to U+FFFD by the decoder, which is itself visible.
        for scalar in raw.unicodeScalars {
            if count >= limit {
                out.append("…")
                break
            }
            if let shown = replacement(for: scalar) {
                out.append(shown)
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }

    /// True when `raw` needs no cleaning (a fast path for the common case).
    public static func isClean(_ raw: String, limit: Int = defaultLimit) -> Bool {
        var n = 0
        for scalar in raw.unicodeScalars {
            n += 1
            if n > limit || replacement(for: scalar) != nil { return false }
        }
        return true
    }

    /// The visible stand-in for a dangerous scalar, or nil when it is safe as it is.
    static func replacement(for s: Unicode.Scalar) -> String? {
        let v = s.value
        switch v {
        case 0x1B: return "␛"                      // ESC: starts CSI/OSC/DCS; shown, never sent
        case 0x00..<0x20: return "^" + String(UnicodeScalar(UInt8(v) + 0x40))
        case 0x7F: return "^?"
        case 0x80..<0xA0: return "<U+\(hex(v))>"
        case 0x200E, 0x200F, 0x061C,               // LRM, RLM, ALM
             0x202A...0x202E,                      // embeddings and overrides
             0x2066...0x2069:                      // isolates
            return "<U+\(hex(v))>"
        case 0xFFF9...0xFFFB, 0xFEFF: return "<U+\(hex(v))>"
        case 0xD800...0xDFFF: return "\u{FFFD}"
        default: return nil
        }
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
