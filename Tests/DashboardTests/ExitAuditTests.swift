@testable import Dashboard
import DashboardRuntime
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Synchronization
import Testing

/// Issue 17, items 1 and 2: every way out audits what is still in flight (once), and the quit question follows
/// what is in flight.
@MainActor @Suite(.serialized) struct ExitAuditTests {
    typealias F = Fixtures
    typealias Recorder = RuntimeFlowTests.Recorder

    @Test(arguments: [ExitReason.interrupted, .hangup, .terminated])
    func aSignalQuitsForItsReason(reason: ExitReason) {
        var state = F.loaded(lobbies: F.sampleLobbies)
        state.focus = .lobbies
        _ = F.press(&state, .end, .char("d"), .enter)          // practice: Released, so it can deploy
        #expect(state.pending.count == 1)
        let effects = F.reduce(&state, .stop(reason, at: F.t0))
        #expect(state.quitting)
        #expect(effects.last == .quit(reason))
        // A second stop (the loop ending after a quit) asks for nothing more.
        #expect(F.reduce(&state, .stop(reason, at: F.t0)).isEmpty)
    }

    @Test func ctrlCAsksLikeQAndASecondCtrlCQuits() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        state.focus = .lobbies
        _ = F.press(&state, .end, .char("d"), .enter)          // practice: Released, so it can deploy
        #expect(F.press(&state, .ctrl("c")).isEmpty)
        guard case .confirm(let c)? = state.modal, case .quit(1) = c.subject else { Issue.record("no quit question"); return }
        #expect(F.press(&state, .ctrl("c")).last == .quit(.quit))
        #expect(state.quitting)
    }

    @Test func ctrlCWithNothingInFlightQuitsAtOnceAndCancelsOtherDialogs() {
        var state = F.loaded()
        _ = F.press(&state, .char("D"))
        #expect(F.press(&state, .ctrl("c")).isEmpty)
        #expect(state.modal == nil && !state.quitting)
        #expect(state.messageLine?.text == "cancelled: delete session s-alpha")
        #expect(F.press(&state, .ctrl("c")).last == .quit(.quit))
    }

    @Test func theQuitQuestionClosesWhenTheLastAnswerArrivesAndTheOutcomeStays() {
        var state = F.loaded()
        _ = F.press(&state, .char("D"), .tab, .enter)
        _ = F.press(&state, .char("q"))
        guard case .confirm? = state.modal else { Issue.record("no quit question"); return }
        _ = F.reduce(&state, .mutationFinished(.deleteSession(id: "s-alpha"), .succeeded(.none), at: F.t0))
        #expect(state.modal == nil)
        #expect(state.messageLine?.text == "deleted session s-alpha")
        #expect(!Snapshot.render(state, width: 80, height: 24).contains("still in flight"))
        // Esc now dismisses the outcome as it always does; nothing says "cancelled: quit" over it.
        #expect(!state.messages.contains { $0.text == "cancelled: quit" })
    }

    @Test func theQuitQuestionCountsDownAndCancellingItNeverCoversAnOutcome() {
        var state = F.loaded()
        _ = F.press(&state, .char("D"), .tab, .enter, .char("j"), .char("D"), .tab, .enter)
        #expect(state.pending.count == 2)
        _ = F.press(&state, .char("q"))
        #expect(Snapshot.render(state, width: 80, height: 24).contains("2 actions still in flight"))
        _ = F.reduce(&state, .mutationFinished(.deleteSession(id: "s-alpha"), .succeeded(.none), at: F.t0))
        guard case .confirm(let c)? = state.modal, case .quit(1) = c.subject else { Issue.record("question not updated"); return }
        #expect(Snapshot.render(state, width: 80, height: 24).contains("1 action still in flight"))
        _ = F.press(&state, .escape)
        #expect(state.modal == nil && !state.quitting)
        #expect(state.messageLine?.text == "deleted session s-alpha")
    }

    /// The runner: a mutation whose answer is 6 s away when the dashboard is told to go is audited once, as unknown
    /// with the reason, within the bounded wait; its late answer adds no second line.
    @Test func aMutationInFlightAtASignalIsAuditedOnceAsUnknown() async throws {
        let recorder = Recorder()
        try await FlowDriver(services: RuntimeServices(audit: recorder)).run { d in
            await d.server.setFaults(FaultConfig(latency: .seconds(6)))
            d.press(.tab, .tab, .char("n"))
            d.type("slow-one")
            d.press(.enter)
            #expect(d.runner.mutationsInFlight == 1)
            let before = ContinuousClock.now
            d.program.stopped(.hangup)
            // The quit's wait and write-off run on a thread of its own: the answers may need the one that quits. The
            // terminal loop on the event loop waits for them through `whenSettled`, which sees the write-off done.
            let seenWhenSettled = Mutex<[String]?>(nil)
            d.program.whenSettled { seenWhenSettled.withLock { $0 = recorder.records.withLock { $0 } } }
            d.runner.waitUntilSettled()
            #expect(ContinuousClock.now - before < .milliseconds(1500))
            #expect(d.runner.mutationsInFlight == 0)
            #expect(recorder.records.withLock { $0 } == ["create lobby slow-one: no answer before hang-up (SIGHUP)"])
            #expect(seenWhenSettled.withLock { $0 } == ["create lobby slow-one: no answer before hang-up (SIGHUP)"])
            await d.server.setFaults(FaultConfig())
            try await d.waitUntil("the late answer", timeout: 15) { $0.pending.isEmpty }
            #expect(recorder.records.withLock { $0 }.count == 1)
        }
    }

    @Test func anAnswerWithinTheWaitIsAuditedAsItIs() async throws {
        let recorder = Recorder()
        try await FlowDriver(services: RuntimeServices(audit: recorder)).run { d in
            await d.server.setFaults(FaultConfig(latency: .milliseconds(300)))
            d.press(.tab, .tab, .char("n"))
            d.type("quick-one")
            d.press(.enter)
            d.press(.char("q"), .tab, .enter)
            #expect(d.state.quitting)
            d.runner.waitUntilSettled()
            #expect(recorder.records.withLock { $0 } == ["create lobby quick-one"])
        }
    }
}
