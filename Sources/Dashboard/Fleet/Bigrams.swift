/// A 128-bit signature of the pairs of adjacent bytes (ASCII-lowercased) in a record's searchable fields. A query
/// whose pairs are not all in a record's signature cannot be in any of its fields, so the search skips the record
/// without reading them: an IP typed in full rules out nearly every record in a nanosecond. No false negatives.
public struct Bigrams: Sendable, Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    public init() {}

    /// The pairs of one field (pairs never span two fields: a match is within one).
    mutating func add(_ text: String) {
        var previous: UInt8?
        for b in text.utf8 {
            let c = FleetSearch.lower(b)
            if let p = previous { set(p, c) }
            previous = c
        }
    }

    /// The pairs of an already lowercased needle.
    init(needle: [UInt8]) {
        for i in needle.indices.dropFirst() { set(needle[i - 1], needle[i]) }
    }

    private mutating func set(_ a: UInt8, _ b: UInt8) {
        let bit = ((UInt32(a) << 8 | UInt32(b)) &* 0x9E37_79B1) >> 25
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    /// True when every pair of `other` is here too.
    func covers(_ other: Bigrams) -> Bool { low & other.low == other.low && high & other.high == other.high }
}
