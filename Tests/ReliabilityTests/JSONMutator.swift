/// Mutations of a reference JSON text: byte flips, inserts and deletes, truncation, type swaps, huge numbers,
/// deep nesting and duplicated keys. Output is often invalid on purpose.
struct JSONMutator {
    static let replacements: [String] = [
        "null", "true", "false", "0", "-1", "1e999", "-1e999", "18446744073709551616", "4294967296", "-0",
        "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"a\":1}", "\"\\u0000\"", "\"\\ud800\"", "\"\\u001b[2J\"",
        "99999999999999999999999999999999999999", "NaN", "Infinity", "0x10",
    ]

    var random: FuzzRandom

    /// One to three mutations of `text`.
    mutating func mutate(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        for _ in 0..<(1 + random.below(3)) { bytes = once(bytes) }
        return bytes
    }

    private mutating func once(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        guard !bytes.isEmpty else { return Array("{".utf8) }
        switch random.below(8) {
        case 0:  // flip a bit
            let i = random.below(bytes.count)
            bytes[i] ^= UInt8(1) << UInt8(random.below(8))
        case 1:  // truncate
            bytes = Array(bytes.prefix(random.below(bytes.count)))
        case 2:  // insert a structural or random byte
            let b: UInt8 = random.pick(Array("{}[]\",:\\".utf8) + [0x00, 0xFF, 0xC3, 0x80, UInt8(truncatingIfNeeded: random.next())])
            bytes.insert(b, at: random.below(bytes.count + 1))
        case 3:  // delete a span
            let i = random.below(bytes.count)
            bytes.removeSubrange(i..<min(bytes.count, i + 1 + random.below(8)))
        case 4, 5:  // swap a value for another type or a huge number
            bytes = swapValue(bytes)
        case 6:  // deep nesting around a value
            let depth = random.pick([64, 512, 2_000, 20_000])
            let at = random.below(bytes.count + 1)
            let open = random.below(2) == 0 ? Array("[".utf8) : Array("{\"k\":".utf8)
            let close = open.count == 1 ? Array("]".utf8) : Array("}".utf8)
            var nested = Array(repeating: open, count: depth).flatMap { $0 } + Array("1".utf8)
            nested += Array(repeating: close, count: depth).flatMap { $0 }
            bytes.insert(contentsOf: nested, at: at)
        default:  // duplicate a slice
            let i = random.below(bytes.count)
            let slice = bytes[i..<min(bytes.count, i + 1 + random.below(40))]
            bytes.insert(contentsOf: slice, at: random.below(bytes.count + 1))
        }
        return bytes
    }

    /// Replaces the value after a random `:` with another JSON value.
    private mutating func swapValue(_ bytes: [UInt8]) -> [UInt8] {
        let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
        guard !colons.isEmpty else { return bytes }
        let start = random.pick(colons) + 1
        var end = start
        var depth = 0
        var inString = false
        while end < bytes.count {
            let b = bytes[end]
            if inString {
                if b == UInt8(ascii: "\\") { end += 1 } else if b == UInt8(ascii: "\"") { inString = false }
            } else if b == UInt8(ascii: "\"") { inString = true
            } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1
            } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                if depth == 0 { break }
                depth -= 1
            } else if b == UInt8(ascii: ","), depth == 0 { break }
            end += 1
        }
        var out = Array(bytes[..<start])
        out += Array(random.pick(Self.replacements).utf8)
        out += bytes[min(end, bytes.count)...]
        return out
    }
}
