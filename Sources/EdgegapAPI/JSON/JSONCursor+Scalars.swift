extension JSONCursor {
    /// A string value, its escapes resolved (a lone surrogate is an error, as in a strict decoder).
    mutating func string() throws(JSONScanError) -> String {
        try expect(UInt8(ascii: "\""))
        let start = at
        // The common case: no escape, so the bytes are the string.
        at = plainEnd(from: start, ascii: false)
        if at < bytes.count {
            if bytes[at] == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
                at += 1
                return s
            }
            if bytes[at] < 0x20 { throw JSONScanError.unexpected(at) }
        }
        var out = Array(bytes[start..<at])
        while at < bytes.count {
            let b = bytes[at]
            switch b {
            case UInt8(ascii: "\""):
                at += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                at += 1
                guard at < bytes.count else { throw JSONScanError.unexpectedEnd }
                let e = bytes[at]
                at += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A high surrogate must be followed by `\u` and a low one.
                        guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else {
                            throw JSONScanError.unexpected(at)
                        }
                        at += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw JSONScanError.unexpected(at) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw JSONScanError.unexpected(at)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw JSONScanError.unexpected(at) }
                    out.append(contentsOf: String(Character(u)).utf8)
                default: throw JSONScanError.unexpected(at - 1)
                }
            default:
                guard b >= 0x20 else { throw JSONScanError.unexpected(at) }
                out.append(b)
                at += 1
            }
        }
        throw JSONScanError.unexpectedEnd
    }

    mutating func hex4() throws(JSONScanError) -> UInt32 {
        guard at + 4 <= bytes.count else { throw JSONScanError.unexpectedEnd }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[at]
            let d: UInt32 = switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
            default: throw JSONScanError.unexpected(at)
            }
            v = v << 4 | d
            at += 1
        }
        return v
    }

    mutating func skipString() throws(JSONScanError) {
        try expect(UInt8(ascii: "\""))
        while true {
            at = plainEnd(from: at, ascii: false)
            guard at < bytes.count else { throw JSONScanError.unexpectedEnd }
            let b = bytes[at]
            if b == UInt8(ascii: "\"") {
                at += 1
                return
            }
            if b < 0x20 { throw JSONScanError.unexpected(at) }
            // A backslash: an escape, checked.
            at += 1
            guard at < bytes.count else { throw JSONScanError.unexpectedEnd }
            if bytes[at] == UInt8(ascii: "u") {
                at += 1
                _ = try hex4()
                continue
            }
            guard "\"\\/bfnrt".utf8.contains(bytes[at]) else { throw JSONScanError.unexpected(at) }
            at += 1
        }
    }

    /// Where the run of plain string bytes from `i` ends: at a quote, a backslash or a control byte (or, `ascii`, a byte
    /// past ASCII); `bytes.count` if none. The scanner's innermost loop, over a pointer and a local index: a third of
    /// the instructions of walking `bytes[at]` in the size-optimised build.
    @inline(__always) func plainEnd(from i: Int, ascii: Bool) -> Int {
        guard let base = bytes.baseAddress else { return i }
        let n = bytes.count
        var i = i
        while i < n {
            let b = base[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 || (ascii && b >= 0x80) { break }
            i += 1
        }
        return i
    }

    /// A number's text, checked against JSON's grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    mutating func numberText() throws(JSONScanError) -> (start: Int, end: Int, integral: Bool) {
        skipSpace()
        let start = at
        func digits(_ c: inout JSONCursor) -> Int {
            let s = c.at
            while c.at < c.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c.bytes[c.at]) { c.at += 1 }
            return c.at - s
        }
        if at < bytes.count && bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard at < bytes.count else { throw JSONScanError.unexpectedEnd }
        if bytes[at] == UInt8(ascii: "0") {
            at += 1
        } else {
            guard digits(&self) > 0 else { throw JSONScanError.unexpected(at) }
        }
        var integral = true
        if at < bytes.count && bytes[at] == UInt8(ascii: ".") {
            at += 1
            integral = false
            guard digits(&self) > 0 else { throw JSONScanError.unexpected(at) }
        }
        if at < bytes.count && (bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E")) {
            at += 1
            integral = false
            if at < bytes.count && (bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-")) { at += 1 }
            guard digits(&self) > 0 else { throw JSONScanError.unexpected(at) }
        }
        return (start, at, integral)
    }

    /// A Bool (`field` names it in the error).
    mutating func bool(_ field: @autoclosure () -> String) throws(JSONScanError) -> Bool {
        switch try peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default: throw JSONScanError.type(field())
        }
    }

    /// A string, or `type(field)` for another kind of value.
    mutating func text(_ field: @autoclosure () -> String) throws(JSONScanError) -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw JSONScanError.type(field()) }
        return try string()
    }

    /// A Double: any JSON number.
    mutating func double(_ field: @autoclosure () -> String) throws(JSONScanError) -> Double {
        let c = try peek()
        guard c == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) else { throw JSONScanError.type(field()) }
        let n = try numberText()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[n.start..<n.end]), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw JSONScanError.type(field()) }
        return d
    }

    /// An integer in `range`: digits, or a number with a fraction or exponent whose value is exactly whole (as a
    /// standard decoder accepts `3.0` for an Int and refuses `3.5`).
    mutating func integer(_ field: @autoclosure () -> String, in range: ClosedRange<Int64>) throws(JSONScanError) -> Int64 {
        let c = try peek()
        guard c == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) else { throw JSONScanError.type(field()) }
        let n = try numberText()
        // Plain digits (the common case) are read from the bytes; anything else goes through its text.
        if n.integral && n.end - n.start <= 18 {
            var v: Int64 = 0
            let negative = bytes[n.start] == UInt8(ascii: "-")
            for i in (negative ? n.start + 1 : n.start)..<n.end { v = v * 10 + Int64(bytes[i] - UInt8(ascii: "0")) }
            if negative { v = -v }
            guard range.contains(v) else { throw JSONScanError.type(field()) }
            return v
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[n.start..<n.end]), as: UTF8.self)
        if n.integral, let v = Int64(text), range.contains(v) { return v }
        guard !n.integral, let d = Double(text), d.rounded() == d, d >= Double(range.lowerBound), d <= Double(range.upperBound) else {
            throw JSONScanError.type(field())
        }
        return Int64(d)
    }
}
