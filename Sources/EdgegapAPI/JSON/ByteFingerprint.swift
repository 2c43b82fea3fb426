/// A session object's fingerprint, 64 bits: FNV-1a's step over 8-byte words (then the tail byte by byte) with a
/// final mix — a crawl re-reading an unchanged session recognises it by this and decodes nothing. Not a security
/// hash: bytes that changed but collide would keep the session's old fields until its bytes change again (at 2⁻⁶⁴).
enum ByteFingerprint {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* prime
            // The multiply moves bits only upwards: fold the high ones back so every byte reaches every bit.
            h ^= h >> 32
            i += 8
        }
        while i < raw.count {
            h = (h ^ UInt64(raw[i])) &* prime
            i += 1
        }
        // A final avalanche (MurmurHash3's), so near-identical objects land far apart.
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        return h ^ (h >> 33)
    }
}
