/// An object's key as the cursor found it: its bytes between the quotes, decoded into a String only when it holds an
/// escape or non-ASCII bytes (rare). Matched against literals without building a String (`case "status":`).
struct JSONKey {
    let raw: UnsafeBufferPointer<UInt8>
    /// The key when its bytes are not the text (escapes, or bytes to be checked as UTF-8).
    let decoded: String?

    /// The key as text (for an error message).
    var text: String { decoded ?? String(decoding: raw, as: UTF8.self) }

    static func == (key: JSONKey, literal: StaticString) -> Bool {
        if let decoded = key.decoded { return decoded == String(describing: literal) }
        guard key.raw.count == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for i in 0..<key.raw.count where key.raw[i] != p[i] { return false }
        return true
    }

    static func ~= (literal: StaticString, key: JSONKey) -> Bool { key == literal }

    /// The same key, however each was written.
    func same(as other: JSONKey) -> Bool {
        if decoded != nil || other.decoded != nil { return text == other.text }
        guard raw.count == other.raw.count else { return false }
        for i in 0..<raw.count where raw[i] != other.raw[i] { return false }
        return true
    }
}

extension JSONCursor {
    /// The key at the cursor (on its opening quote).
    mutating func key() throws(JSONScanError) -> JSONKey {
        try expect(UInt8(ascii: "\""))
        let start = at
        at = plainEnd(from: start, ascii: true)
        if at < bytes.count {
            if bytes[at] == UInt8(ascii: "\"") {
                at += 1
                return JSONKey(raw: UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), decoded: nil)
            }
            if bytes[at] < 0x20 { throw JSONScanError.unexpected(at) }
        }
        // An escape or a byte past ASCII: read as a string, the slow and checked way.
        at = start - 1
        let text = try string()
        return JSONKey(raw: UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), decoded: text)
    }
}

/// The known keys of one object read so far: a key written twice keeps its first value, as Foundation's JSONDecoder
/// does (the later ones are skipped). Unknown keys are skipped anyway.
struct KeysSeen {
    private var bits: UInt32 = 0

    /// True the first time `field` is asked for.
    mutating func first(_ field: Int) -> Bool {
        defer { bits |= 1 << field }
        return bits & (1 << field) == 0
    }
}
