import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// A jump (`:`) to a session on no loaded page: the detail polls it on its own.
@MainActor @Suite(.serialized) struct JumpFlowTests {
    @Test func aJumpedToSessionOffThePageIsPolledAndShowsChanges() async throws {
        try await FlowDriver { $0.sessions = 120 }.run { d in
            // A session on page 3 (50 a page), so not on the page shown.
            let ids = await d.server.store.sessionIDs()
            let target = ids[110]
            #expect(d.state.sessions.feed.value?.sessions.contains { $0.sessionID == target } == false)
            d.press(.char(":"))
            d.type(target)
            d.press(.enter)
            try await d.waitUntil("the jump's answer") { $0.detail.feed.value?.sessionID == target }
            // The pane polls it itself: it does not count on the page's answers.
            #expect(!d.state.detail.ridesOnPage)
            let usersBefore = d.state.detail.feed.value?.sessionUsers.count ?? 0
            // The session changes behind the dashboard's back: a user is authorized through the API.
            _ = try await d.server.store.authorizeUser(AuthorizeUserRequest(sessionID: target, userIP: "203.0.113.77"))
            let changed = ContinuousClock.now
            try await d.waitUntil("the detail shows the new user", timeout: 2 * d.state.config.refresh + 1) {
                $0.detail.feed.value?.sessionUsers.contains { $0.ipAddress == "203.0.113.77" } == true
            }
            #expect(ContinuousClock.now - changed < .seconds(2 * d.state.config.refresh + 1))
            #expect(d.state.detail.feed.value?.sessionUsers.count == usersBefore + 1)
            #expect(d.screen().contains("203.0.113.77"))
        }
    }
}
