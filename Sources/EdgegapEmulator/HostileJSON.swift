#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import FoundationEssentials
#endif

/// Rewrites a JSON body so that string values under chosen keys carry hostile text, leaving ids, names,
/// numbers and structure alone. Works on the emulator's own compact output (no whitespace between tokens).
enum HostileJSON {
    /// Keys whose string values are dressed; `session_id` and `name` stay usable as identifiers.
    static let dressedKeys: Set<String> = [
        "status", "error", "ip", "host", "protocol", "link", "webhook_url", "ip_address", "url", "message",
    ]

    /// `bytes` with every dressed string value replaced; input that is not a JSON text comes back as it was.
    static func dress(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var index = 0
        var lastKey: String?
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\"") else {
                out.append(bytes[index])
                index += 1
                continue
            }
            guard let end = closingQuote(bytes, from: index + 1) else { return bytes }
            let token = Array(bytes[index...end])
            index = end + 1
            if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
                lastKey = decode(token)
                out += token
            } else if let key = lastKey, dressedKeys.contains(key), let value = decode(token) {
                out += encode(HostileCorpus.dress(key: key, value: value))
            } else {
                out += token
            }
        }
        return out
    }

    /// Index of the quote ending the string whose contents start at `start`, or nil when unterminated.
    static func closingQuote(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i
            default: i += 1
            }
        }
        return nil
    }

    private static func decode(_ token: [UInt8]) -> String? {
        try? JSONDecoder().decode(String.self, from: Data(token))
    }

    private static func encode(_ text: String) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(text)).map(Array.init) ?? Array("\"\"".utf8)
    }
}
