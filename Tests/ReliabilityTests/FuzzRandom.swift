@testable import EdgegapEmulator
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The emulator's SplitMix64 with helpers for fuzzing; the iteration count and seed come from the environment for long runs.
struct FuzzRandom: RandomNumberGenerator {
    private var base: SeededRandom

    init(seed: UInt64) { base = SeededRandom(seed: seed) }

    mutating func next() -> UInt64 { base.next() }

    /// An index below `count` (which must be positive).
    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    /// One element of `items`.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `RELIABILITY_FUZZ_ITERATIONS` when set (a longer local run), else `fallback`.
    static func iterations(_ fallback: Int) -> Int {
        guard let raw = getenv("RELIABILITY_FUZZ_ITERATIONS"), let n = Int(String(cString: raw)), n > 0 else { return fallback }
        return n
    }

    /// `RELIABILITY_FUZZ_SEED` when set, else a fixed seed: every run replays the same inputs.
    static var seed: UInt64 {
        guard let raw = getenv("RELIABILITY_FUZZ_SEED"), let n = UInt64(String(cString: raw)) else { return 0x5EED_2026 }
        return n
    }

    /// Scalars a hostile string is built from: controls, escapes, bidi, zero-width, combining, wide, plain.
    static let palette: [Unicode.Scalar] = {
        var out: [Unicode.Scalar] = []
        for v in 0x00...0x20 { out.append(Unicode.Scalar(UInt8(v))) }
        for v in [0x7F, 0x80, 0x85, 0x90, 0x9B, 0x9C, 0x9F, 0xA0, 0xAD] { out.append(Unicode.Scalar(UInt8(v))) }
        for v: UInt32 in [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                          0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029, 0xFEFF, 0xFFF9, 0xFFFB, 0xFFFD, 0x0301,
                          0x0336, 0x1F3AE, 0x1F468, 0x6771, 0xE9, 0x10FFFF, 0xE000] {
            out.append(Unicode.Scalar(v)!)
        }
        out += "aZ09-_.:/%?#[];\"\\{}token ".unicodeScalars
        return out
    }()

    /// A string of up to `maxLength` scalars from the palette.
    mutating func hostileString(maxLength: Int) -> String {
        var s = String.UnicodeScalarView()
        for _ in 0..<below(maxLength + 1) { s.append(pick(Self.palette)) }
        return String(s)
    }
}
