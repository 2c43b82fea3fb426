import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// The real program against the hostile emulator: list, detail of an odd-id session, lobbies, messages, help.
@Suite(.serialized) @MainActor struct HostileFlowTests {
    func audit(_ h: HostileHarness, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = h.frame()
        let findings = ScreenAudit.findings(in: frame)
        #expect(findings.isEmpty, "\(step): control scalars at \(findings.prefix(10))\n\(frame.text())",
                sourceLocation: sourceLocation)
        let bypasses = ScreenAudit.bypasses(in: frame.text())
        #expect(bypasses.isEmpty, "\(step): uncleaned text \(bypasses)\n\(frame.text())", sourceLocation: sourceLocation)
    }

    @Test func wideScreensStayInert() async throws {
        let h = try await HostileHarness()
        do {
            try await h.start()
            audit(h, "list")
            #expect(ScreenAudit.markersShown(in: h.frame().text()).count >= 5, "hostile text not shown:\n\(h.frame().text())")

            // The odd-id sessions come last: their ids need percent-encoding to be fetched at all.
            h.press(.end)
            let oddID = try #require(h.state.sessions.selectedID)
            #expect(!oddID.allSatisfy { $0.isHexDigit || $0 == "-" || $0 == "S" }, "expected an odd id, got \(oddID)")
            h.press(.enter)
            try await h.waitUntil("detail of \(oddID)") { $0.detail.feed.value?.sessionID == oddID }
            #expect(h.state.detail.feed.error == nil)
            audit(h, "detail of odd id")
            h.press(.up)
            let other = try #require(h.state.sessions.selectedID)
            try await h.waitUntil("detail of \(other)") { $0.detail.feed.value?.sessionID == other }
            audit(h, "detail of a second odd id")

            // Lobbies: deploying a lobby its hostile status says is deployed is refused here, the hostile status in the
            // words on the message line (or, for a status not known, the API's hostile 409 lands there).
            for _ in 0..<3 where h.state.focus != .lobbies { h.press(.tab) }
            #expect(h.state.focus == .lobbies)
            h.press(.end, .char("d"))
            if h.state.modal != nil { h.press(.tab, .enter) }
            try await h.waitUntil("deploy outcome") { $0.messages.contains { $0.level == .error || $0.text.hasSuffix("nothing sent") } }
            audit(h, "lobbies with a hostile error message")
            h.press(.char("m"))
            audit(h, "message history")
            h.press(.escape, .char("?"))
            audit(h, "help")
            h.press(.escape)
        } catch {
            await h.stop()
            throw error
        }
        await h.stop()
    }

    @Test func narrowScreensStayInert() async throws {
        let h = try await HostileHarness()
        do {
            try await h.start(width: 80, height: 24)
            for step in ["sessions", "detail", "lobbies"] {
                audit(h, "80x24 \(step)")
                h.press(.tab)
            }
            h.press(.end, .enter)
            try await h.waitUntil("detail") { $0.detail.feed.value != nil }
            audit(h, "80x24 detail of the last session")
        } catch {
            await h.stop()
            throw error
        }
        await h.stop()
    }
}
