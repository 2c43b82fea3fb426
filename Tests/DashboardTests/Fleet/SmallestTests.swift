@testable import Dashboard
import Testing

/// The problems view lists the first 1,000 rows in order without sorting them all: the same as a sort's prefix.
@Suite struct SmallestTests {
    @Test func equalsTheSortedPrefixWithTies() {
        var rng = SystemRandomNumberGenerator()
        for n in [0, 1, 5, 50, 999, 1_000, 1_001, 5_000] {
            let values = (0..<n).map { _ in (Int.random(in: 0..<40, using: &rng), Int.random(in: 0..<1_000_000, using: &rng)) }
            let order: ((Int, Int), (Int, Int)) -> Bool = { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for m in [0, 1, 7, 1_000] {
                let got = values.smallest(m, by: order), want = Array(values.sorted(by: order).prefix(m))
                #expect(got.map(\.0) == want.map(\.0) && got.map(\.1) == want.map(\.1), "n \(n) m \(m)")
            }
        }
    }
}
