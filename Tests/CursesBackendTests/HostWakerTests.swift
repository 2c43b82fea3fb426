import Synchronization
import Testing
@testable import CursesBackend

/// The hosted loop's wake-up is called a few times a second for as long as the dashboard runs: each call must cost the
/// same as the first. Before, reading the closure out of its `Mutex` wrapped it in two more thunks every time, so the
/// thousandth wake-up called its closure a couple of thousand frames deeper (and slower) than the first.
struct HostWakerTests {
    @Test func everyWakeUpCallsItsClosureAtTheSameDepth() {
        let waker = HostWaker()
        let depths = Mutex<[UInt]>([])
        waker.connect { depths.withLock { $0.append(stackAddress()) } }
        for _ in 0..<1_000 { waker.wake() }
        let seen = depths.withLock { $0 }
        #expect(seen.count == 1_000)
        #expect(Set(seen).count == 1, "the closure ran \(Int(seen.first ?? 0) - Int(seen.last ?? 0)) bytes deeper by the last wake-up")
    }
}

/// An address in the caller's stack frame: the same call at the same depth gives the same address.
@inline(never) private func stackAddress() -> UInt {
    var probe = 0
    return withUnsafeMutablePointer(to: &probe) { UInt(bitPattern: $0) }
}
