import Testing
import TerminalUI
@testable import CursesBackend

/// A program whose timer reports, read after read, the times left in `left` (then none); it counts the wakes.
final class TimerProgram: TerminalProgram {
    private(set) var wakes = 0
    var left: [Duration?]
    let needsFrame = false

    init(left: [Duration?]) { self.left = left }

    var untilNextTimer: Duration? { left.isEmpty ? nil : left.removeFirst() }

    func handle(_ event: TerminalEvent) -> Bool {
        if event == .wake { wakes += 1 }
        return true
    }

    func draw(into buffer: inout Buffer) {}
}

struct TerminalLoopTimerTests {
    /// The loop waits no longer than the next timer (rounded up to the millisecond), and when the wait ends with the
    /// timer due it delivers `.wake` by itself; with no timer it waits without a timeout.
    @Test func theNextTimerBoundsTheWaitAndIsDeliveredAsAWake() {
        let device = ScriptedDevice(script: [DeviceInput(), DeviceInput(), DeviceInput()])
        // Read before the wait (2.5 ms left), after it (due), then none left.
        let program = TimerProgram(left: [.microseconds(2500), .zero, nil])
        var probes = 0
        let reason = TerminalLoop.run(program: program, terminal: device, now: { probes += 1; return .seconds(probes) })
        #expect(reason == .hangup)
        #expect(device.timeouts.first == 3)
        #expect(program.wakes == 1)
        #expect(device.timeouts.last == -1)
    }

    /// A wake the device reported already fires the timers: no second `.wake` for the same turn.
    @Test func aWakeFromTheDeviceIsNotDoubled() {
        let device = ScriptedDevice(script: [DeviceInput(events: [.wake])])
        let program = TimerProgram(left: [.zero, .zero])
        _ = TerminalLoop.run(program: program, terminal: device, now: { .seconds(1) })
        #expect(program.wakes == 1)
    }
}
