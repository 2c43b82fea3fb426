import FoundationEssentials

/// Validation of what the user types, before anything is sent.
public enum InputRules {
    /// Nil when `text` is a valid IPv4 or IPv6 address, else the reason.
    public static func ipProblem(_ text: String) -> String? {
        let t = text.trimmingSpaces
        if t.isEmpty { return "an IP address is required" }
        if isIPv4(t) || isIPv6(t) { return nil }
        return "not an IPv4 or IPv6 address: \(UntrustedText.clean(t, limit: 40))"
    }

    /// Nil when every comma- or space-separated entry is a valid IP (at least one).
    public static func ipListProblem(_ text: String) -> String? {
        let parts = splitList(text)
        if parts.isEmpty { return "at least one user IP is required" }
        for p in parts { if let why = ipProblem(p) { return why } }
        return nil
    }

    /// Entries of a comma/space separated list, trimmed, empties dropped.
    public static func splitList(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Lobby names: 1–63 characters of letters, digits, `-` and `_`, starting with a letter or digit.
    public static func lobbyNameProblem(_ text: String) -> String? {
        let t = text.trimmingSpaces
        if t.isEmpty { return "a lobby name is required" }
        if t.count > 63 { return "at most 63 characters (got \(t.count))" }
        guard let first = t.unicodeScalars.first, isAlnum(first) else { return "must start with a letter or digit" }
        for s in t.unicodeScalars where !(isAlnum(s) || s == "-" || s == "_") {
            return "only letters, digits, - and _ (found '\(UntrustedText.clean(String(s)))')"
        }
        return nil
    }

    /// A name that looks up something that exists (a lobby to show, deploy, terminate or delete): whatever the API
    /// accepted when it was made, so only empty names and control characters are refused (the client encodes the rest).
    public static func existingNameProblem(_ text: String) -> String? {
        let t = text.trimmingSpaces
        if t.isEmpty { return "a name is required" }
        if t.count > 256 { return "at most 256 characters (got \(t.count))" }
        if t.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "no control characters" }
        return nil
    }

    /// Session ids: letters, digits, `-` and `_`, 1–64 characters (`7349356945f1-S`).
    public static func sessionIDProblem(_ text: String) -> String? {
        let t = text.trimmingSpaces
        guard !t.isEmpty, t.count <= 64, t.unicodeScalars.allSatisfy({ isAlnum($0) || $0 == "-" || $0 == "_" }) else {
            return "not a session id: \(UntrustedText.clean(t, limit: 40)) (letters, digits and -, like 7349356945f1-S)"
        }
        return nil
    }

    /// Webhook URLs: empty (none) or http(s)://host…
    public static func webhookProblem(_ text: String) -> String? {
        let t = text.trimmingSpaces
        if t.isEmpty { return nil }
        if !(t.hasPrefix("https://") || t.hasPrefix("http://")) { return "must start with https:// or http://" }
        if t.count > 2048 { return "too long" }
        if t.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) { return "no spaces or control characters" }
        return nil
    }

    /// Dotted-quad IPv4, each part 0–255 with no leading zeros.
    public static func isIPv4(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { p in
            guard !p.isEmpty, p.count <= 3, p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(p), n <= 255 else { return false }
            return !(p.count > 1 && p.first == "0")
        }
    }

    /// RFC 4291 text forms: eight groups, `::` compression, an embedded IPv4 tail.
    public static func isIPv6(_ s: String) -> Bool {
        guard s.contains(":"), s.count <= 45 else { return false }
        var text = Substring(s)
        var groupsNeeded = 8
        if let lastColon = text.lastIndex(of: ":"), text[text.index(after: lastColon)...].contains(".") {
            guard isIPv4(String(text[text.index(after: lastColon)...])) else { return false }
            text = text[...lastColon]
            if text.hasSuffix(":") && !text.hasSuffix("::") { text = text.dropLast() }
            groupsNeeded = 6
        }
        let halves = String(text).components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        func groups(_ h: String) -> [Substring]? {
            if h.isEmpty { return [] }
            let g = h.split(separator: ":", omittingEmptySubsequences: false)
            return g.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }) ? g : nil
        }
        guard let a = groups(halves[0]) else { return false }
        if halves.count == 2 {
            guard let b = groups(halves[1]) else { return false }
            return a.count + b.count < groupsNeeded
        }
        return a.count == groupsNeeded
    }

    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
    }
}

extension String {
    /// The text with its first letter lower-cased (`Delete the…` → `delete the…`), for help words inside a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

    /// The text with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// Without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
