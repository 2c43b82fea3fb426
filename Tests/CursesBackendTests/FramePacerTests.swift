import Testing
import TerminalUI

struct FramePacerTests {
    @Test func idleWhenNothingIsOwed() {
        var pacer = FramePacer(framesPerSecond: 30)
        #expect(pacer.decide(frameOwed: false, now: .zero) == .idle)
        pacer.recordFrame(at: .zero)
        #expect(pacer.decide(frameOwed: false, now: .milliseconds(5)) == .idle)
        #expect(FramePacer.pollTimeout(for: .idle) == -1)
    }

    @Test func firstFrameIsImmediate() {
        let pacer = FramePacer(framesPerSecond: 30)
        #expect(pacer.decide(frameOwed: true, now: .seconds(100)) == .drawNow)
    }

    @Test func framesTooCloseTogetherWaitForTheRest() {
        var pacer = FramePacer(framesPerSecond: 20)  // 50 ms apart
        pacer.recordFrame(at: .milliseconds(1000))
        #expect(pacer.decide(frameOwed: true, now: .milliseconds(1010)) == .wait(.milliseconds(40)))
        #expect(pacer.decide(frameOwed: true, now: .milliseconds(1050)) == .drawNow)
        #expect(pacer.decide(frameOwed: true, now: .milliseconds(2000)) == .drawNow)
    }

    @Test func pollTimeoutRoundsUpSoTheLoopDoesNotSpin() {
        #expect(FramePacer.pollTimeout(for: .wait(.microseconds(10))) == 1)
        #expect(FramePacer.pollTimeout(for: .wait(.microseconds(33_334))) == 34)
        #expect(FramePacer.pollTimeout(for: .wait(.milliseconds(20))) == 20)
        #expect(FramePacer.pollTimeout(for: .drawNow) == 0)
    }

    @Test func rateIsClampedToAtLeastOnePerSecond() {
        #expect(FramePacer(framesPerSecond: 0).minimumInterval == .seconds(1))
        #expect(FramePacer(framesPerSecond: 30).minimumInterval == .seconds(1) / 30)
    }
}
