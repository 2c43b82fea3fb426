/// JSON text written and read by hand for flat records (an event line): strings escaped as RFC 8259 wants, control
/// characters as `\u00XX`; a flat object of strings and numbers read back. No Foundation.
public enum JSONText {
    /// `s` as a JSON string literal.
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value):
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// The members of a flat JSON object (string and number values, as text; an array or object value is passed over);
    /// nil when `line` is not one.
    public static func flatObject(_ line: String) -> [String: String]? {
        var s = Substring(line).unicodeScalars.drop { $0 == " " }
        guard s.first == "{" else { return nil }
        s = s.dropFirst()
        var out: [String: String] = [:]
        func skipSpace() { while s.first == " " { s = s.dropFirst() } }
        func readString() -> String? {
            guard s.first == "\"" else { return nil }
            s = s.dropFirst()
            var v = String.UnicodeScalarView()
            while let c = s.first {
                s = s.dropFirst()
                if c == "\"" { return String(v) }
                guard c == "\\" else { v.append(c); continue }
                guard let e = s.first else { return nil }
                s = s.dropFirst()
                switch e {
                case "n": v.append("\n")
                case "r": v.append("\r")
                case "t": v.append("\t")
                case "b": v.append("\u{8}")
                case "f": v.append("\u{C}")
                case "u":
                    let hex = String(String.UnicodeScalarView(s.prefix(4)))
                    guard hex.count == 4, let n = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(n) else { return nil }
                    v.append(scalar)
                    s = s.dropFirst(4)
                default: v.append(e)
                }
            }
            return nil
        }
        skipSpace()
        if s.first == "}" { return out }
        while true {
            skipSpace()
            guard let key = readString() else { return nil }
            skipSpace()
            guard s.first == ":" else { return nil }
            s = s.dropFirst()
            skipSpace()
            if s.first == "\"" {
                guard let value = readString() else { return nil }
                out[key] = value
            } else if s.first == "[" || s.first == "{" {
                // Passed over whole: strings inside may hold brackets.
                var depth = 0
                repeat {
                    guard let c = s.first else { return nil }
                    if c == "\"" { guard readString() != nil else { return nil }; continue }
                    if c == "[" || c == "{" { depth += 1 } else if c == "]" || c == "}" { depth -= 1 }
                    s = s.dropFirst()
                } while depth > 0
            } else {
                let number = s.prefix { "-+.0123456789eE".unicodeScalars.contains($0) }
                guard !number.isEmpty else { return nil }
                out[key] = String(String.UnicodeScalarView(number))
                s = s.dropFirst(number.count)
            }
            skipSpace()
            if s.first == "," { s = s.dropFirst(); continue }
            return s.first == "}" ? out : nil
        }
    }
}
