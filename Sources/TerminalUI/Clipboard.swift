/// OSC 52: asks the terminal (through tmux or screen when inside one) to put text on the system clipboard.
public enum Clipboard {
    /// Largest text sent, in bytes before base64; longer text is refused rather than cut.
    public static let maxBytes = 74_994

    /// The multiplexer the sequence must pass through, read from the environment.
    public enum Passthrough: Sendable, Equatable {
        case none, tmux, screen

        /// `TMUX` set → tmux; `TERM` starting with `screen` and `STY` set → screen.
        public static func detect(_ env: [String: String]) -> Passthrough {
            if let t = env["TMUX"], !t.isEmpty { return .tmux }
            if env["STY"] != nil, env["TERM"]?.hasPrefix("screen") == true { return .screen }
            return .none
        }
    }

    /// The bytes to write for `text`, or nil when it is empty or too large.
    public static func sequence(for text: String, passthrough: Passthrough) -> String? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= maxBytes else { return nil }
        let osc = "\u{1B}]52;c;\(base64(bytes))\u{07}"
        switch passthrough {
        case .none:
            return osc
        case .tmux:
            // Plain OSC 52 first: tmux takes it itself with `set-clipboard on` (not its default `external`) and forwards it to the
            // outer terminal. Then the passthrough form, which reaches the outer terminal when `allow-passthrough` is
            // on (off by default since tmux 3.3). Where both get through, the same text is set twice.
            return osc + "\u{1B}Ptmux;" + osc.replacingEscapes() + "\u{1B}\\"
        case .screen:
            // screen truncates long DCS strings: send the OSC in 76-byte DCS pieces.
            var out = ""
            var chunk = ""
            for ch in osc {
                chunk.append(ch)
                if chunk.utf8.count >= 76 {
                    out += "\u{1B}P" + chunk + "\u{1B}\\"
                    chunk = ""
                }
            }
            if !chunk.isEmpty { out += "\u{1B}P" + chunk + "\u{1B}\\" }
            return out
        }
    }

    /// Standard base64 with padding.
    static func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(table[Int(b0 >> 2)])
            out.append(table[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? table[Int((b1 & 0x0F) << 2 | b2 >> 6)] : "=")
            out.append(i + 2 < bytes.count ? table[Int(b2 & 0x3F)] : "=")
            i += 3
        }
        return out
    }
}

extension String {
    fileprivate func replacingEscapes() -> String {
        var s = ""
        for ch in self { if ch == "\u{1B}" { s += "\u{1B}\u{1B}" } else { s.append(ch) } }
        return s
    }
}
