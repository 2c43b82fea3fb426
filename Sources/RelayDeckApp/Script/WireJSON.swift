import FoundationEssentials

/// JSON output: models re-encoded with their wire names, sorted keys, pretty-printed, one trailing newline.
public enum WireJSON {
    /// `value` as JSON text (control characters escaped by the encoder, so it is safe on a terminal).
    public static func text<T: Encodable>(_ value: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let text = String(decoding: try e.encode(value), as: UTF8.self)
        // Foundation pretty-prints an empty array as `[`, a blank line and `]`.
        return (text == "[\n\n]" ? "[]" : text) + "\n"
    }
}
