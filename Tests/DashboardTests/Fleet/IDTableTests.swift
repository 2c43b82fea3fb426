@testable import Dashboard
import Foundation
import Testing

/// The compact id table against a `Dictionary` doing the same: inserts, replacements, removals (which shift probe
/// runs back and move the last entry into the hole) and growth, in random order.
@Suite struct IDTableTests {
    @Test func behavesAsADictionaryUnderRandomChurn() {
        var table = IDTable<Int>()
        var model: [String: Int] = [:]
        var rng = SystemRandomNumberGenerator()
        for step in 0..<20_000 {
            let key = String(format: "%012x-S", Int.random(in: 0..<3_000, using: &rng))
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6: table[key] = step; model[key] = step
            case 6..<9: #expect((table.remove(key) != nil) == (model.removeValue(forKey: key) != nil), "\(key)")
            default: table.removeAll { _, v in v % 7 == 0 }; model = model.filter { $0.value % 7 != 0 }
            }
            if step % 1_000 == 0 {
                #expect(table.count == model.count)
                for (k, v) in model { #expect(table[k] == v, "\(k)") }
            }
        }
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == model)
        for k in model.keys { #expect(table.key(at: table.position(of: k)!) == k) }
        #expect(table[String(format: "%012x-S", 9_999)] == nil)
    }

    @Test func equalityIgnoresStorageOrder() {
        var a = IDTable<Int>(), b = IDTable<Int>()
        for i in 0..<50 { a["k\(i)"] = i }
        for i in (0..<50).reversed() { b["k\(i)"] = i }
        #expect(a == b)
        b["k3"] = 4
        #expect(a != b)
    }

    @Test func firstSeenTimesKeepTheLowerBoundWithTheTime() {
        var t = FirstSeenTimes()
        t.note("a", at: Date(timeIntervalSince1970: 10), lowerBound: true)
        t.note("b", at: Date(timeIntervalSince1970: 20), lowerBound: false)
        #expect(t["a"] == Date(timeIntervalSince1970: 10) && t.isLowerBound("a") && !t.isLowerBound("b"))
        #expect(t.lowerBoundIDs == ["a"])
        t.removeAll { id, _ in id == "a" }
        #expect(t.count == 1 && t["a"] == nil && !t.isLowerBound("a"))
        #expect(FirstSeenTimes(["b": .seen(Date(timeIntervalSince1970: 20))]) == t)
    }
}
