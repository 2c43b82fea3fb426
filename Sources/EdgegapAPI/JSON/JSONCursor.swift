/// A reader over JSON bytes that decodes straight into values, with no tree and no copies of what it skips: the fast
/// path for session pages (a crawl reads 1,000 of them a minute). It accepts exactly what a strict JSON parser does
/// and throws `JSONScanError` with the offset otherwise; what a value means is left to the model that reads it.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// True when only whitespace is left.
    var atEnd: Bool {
        mutating get {
            skipSpace()
            return at >= bytes.count
        }
    }

    @inline(__always) mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x09, 0x0A, 0x0D: at += 1
            default: return
            }
        }
    }

    /// The next byte that is not whitespace (not consumed).
    @inline(__always) mutating func peek() throws(JSONScanError) -> UInt8 {
        skipSpace()
        guard at < bytes.count else { throw JSONScanError.unexpectedEnd }
        return bytes[at]
    }

    @inline(__always) mutating func expect(_ b: UInt8) throws(JSONScanError) {
        guard try peek() == b else { throw JSONScanError.unexpected(at) }
        at += 1
    }

    /// Consumes `null` when it is next; false (nothing consumed) otherwise.
    mutating func null() throws(JSONScanError) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func literal(_ word: StaticString) throws(JSONScanError) {
        let n = word.utf8CodeUnitCount
        guard at + n <= bytes.count else { throw JSONScanError.unexpectedEnd }
        let p = word.utf8Start
        for i in 0..<n where bytes[at + i] != p[i] { throw JSONScanError.unexpected(at + i) }
        at += n
    }

    /// Walks an object: `body` is called at each key with the cursor on its value, and must consume that value. Each
    /// model keeps the first value of a key written twice, as Foundation's JSONDecoder does (`KeysSeen`).
    mutating func object(_ body: (inout JSONCursor, JSONKey) throws(JSONScanError) -> Void) throws(JSONScanError) {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") {
            at += 1
            return
        }
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw JSONScanError.unexpected(at) }
            let key = try self.key()
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
            switch try peek() {
            case UInt8(ascii: ","): at += 1
            case UInt8(ascii: "}"):
                at += 1
                return
            default: throw JSONScanError.unexpected(at)
            }
        }
    }

    /// Walks an array: `body` is called at each element, and must consume it.
    mutating func array(_ body: (inout JSONCursor) throws(JSONScanError) -> Void) throws(JSONScanError) {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") {
            at += 1
            return
        }
        while true {
            try body(&self)
            switch try peek() {
            case UInt8(ascii: ","): at += 1
            case UInt8(ascii: "]"):
                at += 1
                return
            default: throw JSONScanError.unexpected(at)
            }
        }
    }

    /// Skips one value whole, checking it is well formed.
    mutating func skip() throws(JSONScanError) {
        switch try peek() {
        case UInt8(ascii: "{"): try object { (c: inout JSONCursor, _) throws(JSONScanError) in try c.skip() }
        case UInt8(ascii: "["): try array { (c: inout JSONCursor) throws(JSONScanError) in try c.skip() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try numberText()
        }
    }
}

/// Where and why JSON bytes could not be read.
public enum JSONScanError: Error, Equatable, Sendable {
    case unexpectedEnd
    case unexpected(Int)
    /// A value of the wrong kind for the field (`field`).
    case type(String)
    /// A required field is missing.
    case missing(String)
}
