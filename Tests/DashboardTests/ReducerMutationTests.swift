@testable import Dashboard
import EdgegapAPI
import Foundation
import TerminalUI
import Testing

@Suite struct ReducerMutationTests {
    typealias F = Fixtures

    @Test func deleteOpensAConfirmDefaultingToCancel() {
        var state = F.loaded()
        #expect(F.press(&state, .char("D")).isEmpty)
        guard case .confirm(let c)? = state.modal else { Issue.record("no confirm dialog"); return }
        #expect(c.subject == .mutation(.deleteSession(id: "s-alpha")))
        #expect(!c.confirmFocused)
        #expect(c.typeToConfirm == nil)
    }

    @Test func enterOnTheDefaultCancelsAndSendsNothing() {
        var state = F.loaded()
        let effects = F.press(&state, .char("D"), .enter)
        #expect(F.mutations(effects).isEmpty)
        #expect(state.modal == nil)
        #expect(state.pending.isEmpty)
        #expect(state.messages.last?.text == "cancelled: delete session s-alpha")
    }

    @Test func tabThenEnterSendsExactlyOneMutation() {
        var state = F.loaded()
        let effects = F.press(&state, .char("D"), .tab, .enter)
        #expect(F.mutations(effects) == [.deleteSession(id: "s-alpha")])
        #expect(effects.count == 1)
        #expect(state.modal == nil)
        #expect(state.pending[Mutation.deleteSession(id: "s-alpha").pendingKey] != nil)
    }

    @Test func secondDeleteOfTheSameTargetInFlightIsRefused() {
        var state = F.loaded()
        _ = F.press(&state, .char("D"), .tab, .enter)
        let effects = F.press(&state, .char("D"))
        #expect(effects.isEmpty)
        #expect(state.modal == nil)
        #expect(state.messages.last?.level == .warning)
        #expect(state.messages.last?.text.contains("already in flight") == true)
        // Another target is not blocked.
        _ = F.press(&state, .char("j"))
        _ = F.press(&state, .char("D"))
        #expect(state.modal != nil)
    }

    @Test(arguments: [
        (MutationOutcome.succeeded(.none), Message.Level.success),
        (.failed(.conflict(message: "busy")), .error),
        (.unknown(.transport(.timedOut, detail: "read timed out")), .warning),
    ])
    func finishedPostsTheLevelAndRefreshes(outcome: MutationOutcome, level: Message.Level) {
        var state = F.loaded()
        _ = F.press(&state, .char("D"), .tab, .enter)
        let m = Mutation.deleteSession(id: "s-bravo")
        state.pending[m.pendingKey] = m
        let gen = state.book[.sessions].generation
        let effects = F.reduce(&state, .mutationFinished(m, outcome, at: F.t0 + 1))
        #expect(state.messages.last?.level == level)
        #expect(state.messages.last?.text.contains("s-bravo") == true)
        #expect(effects.contains(.fetchSessions(generation: gen + 1, page: 1, limit: 50)))
        #expect(state.pending[m.pendingKey] == nil)
        // The other in-flight mutation is still pending.
        #expect(state.pending.count == 1)
    }

    @Test func lobbyMutationRefreshesLobbies() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        let gen = state.book[.lobbies].generation
        let effects = F.reduce(&state, .mutationFinished(.deployLobby(name: "practice"),
                                                         .succeeded(.lobby(Lobby(name: "practice", status: "Deploying"))), at: F.t0))
        #expect(effects == [.fetchLobbies(generation: gen + 1)])
        #expect(state.messages.last?.text == "deployed lobby practice (Deploying)")
    }

    @Test func revokeNeedsConfirmAndSendsTheSelectedUsersToken() {
        var state = F.loaded()
        F.loadDetail(&state, F.session("s-alpha", users: 3))
        let effects = F.press(&state, .tab, .char("j"), .char("x"), .tab, .enter)
        #expect(F.mutations(effects) == [.revokeUser(sessionID: "s-alpha", token: 101, ip: "203.0.113.11")])
    }

    @Test func productionRequiresTypingTheTarget() {
        var state = F.loaded(config: F.config(production: true))
        var effects = F.press(&state, .char("D"), .tab, .enter)
        #expect(F.mutations(effects).isEmpty)
        #expect(state.modal != nil)
        effects = F.type(&state, "s-alpha") + F.press(&state, .enter)
        #expect(F.mutations(effects) == [.deleteSession(id: "s-alpha")])
    }

    @Test func detailNotFoundMarksGoneAndCancelsItsPoll() {
        var state = F.loaded()
        _ = F.press(&state, .enter)
        #expect(state.focus == .detail)
        // Its own request (as after a mutation): the page may be older than the API's word.
        _ = Reducer.fetch(.detail, &state, force: true)
        let gen = state.book[.detail].generation
        #expect(state.book[.detail].inFlight)
        let effects = F.reduce(&state, .sessionLoaded(generation: gen, id: "s-alpha", .failure(.notFound(message: nil)), at: F.t0 + 1))
        #expect(effects == [.cancelTimer(.poll(.detail))])
        #expect(state.detail.gone)
        #expect(state.detail.feed.error == nil)
        #expect(state.messages.last?.text == "session s-alpha is gone")
    }

    @Test func openShowsTheSelectedDetailFromThePage() {
        var state = F.loaded()
        _ = F.press(&state, .char("j"))
        let effects = F.press(&state, .enter)
        // The list answers whole sessions: no request of its own while the session is on the page.
        #expect(!effects.contains { if case .fetch(.session, _) = $0 { true } else { false } })
        #expect(state.detail.feed.value?.sessionID == "s-bravo")
        #expect(state.detail.ridesOnPage)
    }

    /// The authorize answer carries only the new user: the detail adds it rather than showing a session without users.
    @Test func authorizeAddsTheNewUserToTheShownSession() {
        var state = F.loaded()
        #expect(state.detail.feed.value?.sessionUsers.count == 2)
        var answered = F.session("s-alpha", users: 0)
        answered.sessionUsers = []
        let user = SessionUser(ipAddress: "198.51.100.99", latitude: 1, longitude: 2, authorizationToken: 777)
        let m = Mutation.authorizeUser(sessionID: "s-alpha", ip: "198.51.100.99")
        _ = F.reduce(&state, .mutationFinished(m, .succeeded(.authorization(UserAuthorization(session: answered, sessionUser: user))),
                                               at: F.t0 + 1))
        #expect(state.detail.feed.value?.sessionUsers.map(\.ipAddress) == ["203.0.113.10", "203.0.113.11", "198.51.100.99"])
        #expect(state.messages.last?.text == "authorized user 198.51.100.99 on s-alpha")
    }
}
