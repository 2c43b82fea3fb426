/// Percent-encoding of one URL path segment (RFC 3986): only unreserved characters stay as they are.
public enum PathSegment {
    /// Encodes `value` so that it stays a single segment: `a/../b?x#y` becomes `a%2F..%2Fb%3Fx%23y`.
    public static func encode(_ value: String) -> String {
        // A whole segment of `.` or `..` would be removed as a dot-segment by URL normalisation.
        if value == "." || value == ".." { return String(repeating: "%2E", count: value.count) }
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out.append("%")
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return out
    }

    private static let hexDigits: [Character] = Array("0123456789ABCDEF")

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
