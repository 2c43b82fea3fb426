/// Short, single-line, terminal-safe text cut from untrusted bytes (API messages, proxy pages, bad bodies).
enum TextSnippet {
    /// The first `limit` characters of `bytes` (lossy UTF-8), control and format characters replaced by `·`.
    static func make<Bytes: Collection<UInt8>>(_ bytes: Bytes, limit: Int) -> String {
        // Decode only a bounded prefix; a long grapheme cluster may make the snippet shorter, never longer.
        let window = limit * 4 + 4
        let snippet = clean(String(decoding: bytes.prefix(window), as: UTF8.self), limit: limit)
        return bytes.count > window && !snippet.hasSuffix("…") ? snippet + "…" : snippet
    }

    /// `text` on one line, without control or bidi/format characters, cut to `limit` characters with `…`.
    static func clean(_ text: some StringProtocol, limit: Int) -> String {
        var out = ""
        var count = 0
        for character in text {
            if count == limit {
                out.append("…")
                return out
            }
            out.append(isUnsafe(character) ? "·" : character)
            count += 1
        }
        return out
    }

    /// The first line with visible text, tags removed (a proxy's HTML page gives its title), cut to `limit`.
    static func firstLine<Bytes: Collection<UInt8>>(_ bytes: Bytes, limit: Int) -> String? {
        let text = String(decoding: bytes.prefix(16 * 1024), as: UTF8.self)
        guard Substring(text).trimmingWhitespace().first == "<" else {
            return text.split(whereSeparator: \.isNewline).lazy
                .map { $0.trimmingWhitespace() }.first { !$0.isEmpty }.map { clean($0, limit: limit) }
        }
        var visible = ""
        var inTag = false
        for character in text {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false; visible.append("\n")
            default: if !inTag { visible.append(character) }
            }
        }
        for line in visible.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingWhitespace()
            if !trimmed.isEmpty { return clean(trimmed, limit: limit) }
        }
        return nil
    }

    private static func isUnsafe(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: true
            default: false
            }
        }
    }
}
