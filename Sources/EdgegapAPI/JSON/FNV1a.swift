/// FNV-1a, 64 bits: a session object's fingerprint (a crawl re-reading an unchanged session recognises it by this and
/// decodes nothing). Not a security hash: a collision would only keep a session's old fields one sweep longer.
enum FNV1a {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
