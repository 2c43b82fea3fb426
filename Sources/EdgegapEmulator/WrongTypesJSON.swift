/// Rewrites a compact JSON text so that it stays well formed but every scalar value has the wrong type: numbers
/// and booleans become strings, strings become the number 0; keys, nulls and structure stay. A client that
/// checks its types must refuse the answer (a misbehaving proxy or a changed API looks like this).
enum WrongTypesJSON {
    /// `bytes` with every scalar value swapped; input that is not a JSON text comes back as it was.
    static func swap(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                guard let end = HostileJSON.closingQuote(bytes, from: i + 1) else { return bytes }
                let isKey = end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: ":")
                if isKey { out += bytes[i...end] } else { out.append(UInt8(ascii: "0")) }
                i = end + 1
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var end = i
                while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
                out.append(UInt8(ascii: "\""))
                out += bytes[i..<end]
                out.append(UInt8(ascii: "\""))
                i = end
            case UInt8(ascii: "t"), UInt8(ascii: "f"):
                let word: [UInt8] = b == UInt8(ascii: "t") ? Array("true".utf8) : Array("false".utf8)
                guard bytes.count >= i + word.count, Array(bytes[i..<(i + word.count)]) == word else { return bytes }
                out += Array("\"yes\"".utf8)
                i += word.count
            default:
                out.append(b)
                i += 1
            }
        }
        return out
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }
}
