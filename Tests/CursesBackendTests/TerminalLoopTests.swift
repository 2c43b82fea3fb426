import Testing
import TerminalUI
@testable import CursesBackend

/// A device that replays scripted inputs and presents into a `MemoryTerminal`.
final class ScriptedDevice: TerminalDevice {
    var size: TerminalSize
    var script: [DeviceInput]
    var memory: MemoryTerminal
    private(set) var timeouts: [Int32] = []
    private(set) var invalidations = 0

    init(width: Int = 40, height: Int = 10, script: [DeviceInput]) {
        size = TerminalSize(width: width, height: height)
        self.script = script
        memory = MemoryTerminal(width: width, height: height)
    }

    func waitForInput(timeoutMilliseconds: Int32) -> DeviceInput {
        timeouts.append(timeoutMilliseconds)
        // An exhausted script behaves like a hang-up so a broken loop cannot hang the test.
        return script.isEmpty ? DeviceInput(stop: .hangup) : script.removeFirst()
    }

    func present(_ buffer: Buffer) { memory.present(buffer) }

    func invalidate() {
        invalidations += 1
        memory.invalidate()
    }
}

/// Counts keys; redraws only when a key arrived.
final class CountingProgram: TerminalProgram {
    private(set) var events: [TerminalEvent] = []
    private(set) var draws = 0
    private(set) var needsFrame = false
    var quitKey: Key = .char("q")

    func handle(_ event: TerminalEvent) -> Bool {
        events.append(event)
        if event == .key(quitKey) { return false }
        if case .key = event { needsFrame = true }
        return true
    }

    func draw(into buffer: inout Buffer) {
        draws += 1
        needsFrame = false
        buffer.write("keys: \(events.filter { if case .key = $0 { true } else { false } }.count)", x: 0, y: 0)
    }
}

struct TerminalLoopTests {
    /// A clock that jumps a second on every reading: the pacer never has to wait.
    private func slowClock() -> () -> Duration {
        var t = Duration.zero
        return { t += .seconds(1); return t }
    }

    /// A clock that never moves: every frame after the first must wait for the pacer.
    private func frozenClock() -> () -> Duration { { .seconds(5) } }

    @Test func resizeComesFirstThenAFrameThenIdleWithoutTimeout() {
        let device = ScriptedDevice(script: [DeviceInput(events: [.key(.char("q"))])])
        let program = CountingProgram()
        let reason = TerminalLoop.run(program: program, terminal: device, now: slowClock())
        #expect(reason == .quit)
        #expect(program.events.first == .resize(width: 40, height: 10))
        #expect(program.draws == 1)
        #expect(device.timeouts == [-1])
    }

    @Test func aBatchOfKeysIsCoalescedIntoOneFrame() {
        let keys = (0..<10).map { _ in TerminalEvent.key(.char("x")) }
        let device = ScriptedDevice(script: [DeviceInput(events: keys), DeviceInput(events: [.key(.char("q"))])])
        let program = CountingProgram()
        _ = TerminalLoop.run(program: program, terminal: device, now: slowClock())
        #expect(program.draws == 2)
        #expect(device.memory.screen.lines()[0].hasPrefix("keys: 10"))
    }

    @Test func aFrameOwedTooSoonIsDeferredWithATimeoutNotDropped() {
        // 10 ms pass per clock reading; frames may be 100 ms apart, so the key's frame must wait.
        let idle = (0..<20).map { _ in DeviceInput() }
        let device = ScriptedDevice(script: [DeviceInput(events: [.key(.char("x"))])] + idle)
        let program = CountingProgram()
        var t = Duration.zero
        let clock: () -> Duration = { t += .milliseconds(10); return t }
        _ = TerminalLoop.run(program: program, terminal: device, pacer: FramePacer(framesPerSecond: 10), now: clock)
        #expect(program.draws == 2)
        #expect(device.timeouts.first == -1)
        #expect(device.timeouts[1] > 0 && device.timeouts[1] <= 100)
        #expect(device.timeouts.last == -1)
        #expect(!device.timeouts.contains(0))
        let waits = device.timeouts.dropFirst().prefix(while: { $0 > 0 })
        #expect(waits.count >= 2)
        #expect(Array(waits) == waits.sorted(by: >))
    }

    @Test func wakesWithoutStateChangesDrawNothing() {
        let device = ScriptedDevice(script: [DeviceInput(events: [.wake]), DeviceInput(events: [.wake])])
        let program = CountingProgram()
        let reason = TerminalLoop.run(program: program, terminal: device, now: frozenClock())
        #expect(reason == .hangup)
        #expect(program.draws == 1)
        #expect(program.events.filter { $0 == .wake }.count == 2)
        #expect(device.timeouts == [-1, -1, -1])
    }

    @Test func resizeForcesAFullFrameEvenIfTheProgramDoesNotAskForOne() {
        let device = ScriptedDevice(script: [DeviceInput(events: [.resize(width: 20, height: 5)])])
        let program = CountingProgram()
        _ = TerminalLoop.run(program: program, terminal: device, now: slowClock())
        #expect(program.draws == 2)
    }

    @Test func repaintKeyInvalidatesAndRedrawsEverything() {
        let device = ScriptedDevice(script: [DeviceInput(events: [.key(.ctrl("l"))])])
        let program = CountingProgram()
        _ = TerminalLoop.run(program: program, terminal: device, now: slowClock())
        #expect(device.invalidations == 1)
        #expect(device.memory.last.cells == 40 * 10)
    }

    @Test func stopReasonsAreReturnedAfterTheBatchIsDelivered() {
        for reason in [ExitReason.interrupted, .terminated, .hangup] {
            let device = ScriptedDevice(script: [DeviceInput(events: [.key(.char("a"))], stop: reason)])
            let program = CountingProgram()
            #expect(TerminalLoop.run(program: program, terminal: device, now: slowClock()) == reason)
            #expect(program.events.last == .key(.char("a")))
        }
    }

    @Test func exitCodes() {
        #expect(ExitReason.quit.exitCode == 0)
        #expect(ExitReason.hangup.exitCode == 129)
        #expect(ExitReason.interrupted.exitCode == 130)
        #expect(ExitReason.terminated.exitCode == 143)
    }
}
