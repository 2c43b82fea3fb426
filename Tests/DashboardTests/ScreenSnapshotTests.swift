@testable import Dashboard
import Foundation
import TerminalUI
import Testing

@Suite struct ScreenSnapshotTests {
    @Test(arguments: Scene.allCases, [(80, 24), (160, 48)])
    func screen(scene: Scene, size: (Int, Int)) {
        Snapshot.check(scene.state, "\(scene.rawValue)-\(size.0)x\(size.1)", width: size.0, height: size.1)
    }

    @Test func tooSmall() {
        Snapshot.check(Scene.sessionList.state, "tooSmall-50x12", width: 50, height: 12)
    }

    /// Facts the snapshots rely on, checked directly so a bad recording cannot hide them.
    @Test func renderedTextIsSanitisedAndStatesShow() {
        let list = Snapshot.render(Scene.sessionList.state, width: 160, height: 48)
        #expect(!list.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(list.contains("7f3a1c2e-ready-0001"))
        #expect(list.contains("updated 15:06"))
        let stale = Snapshot.render(Scene.stale.state, width: 80, height: 24)
        #expect(stale.contains("STALE"))
        let error = Snapshot.render(Scene.errorRetry.state, width: 160, height: 48)
        #expect(error.contains("retry in 3s"))
        // At the default terminal size the countdown must survive a long error text.
        let narrow = Snapshot.render(Scene.errorRetry.state, width: 80, height: 24)
        #expect(narrow.contains("retry in 3s"), "80x24 header drops the retry countdown:\n\(narrow.prefix(160))")
        let small = Snapshot.render(Scene.sessionList.state, width: 50, height: 12)
        #expect(small.contains("need 60x16, have 50x12"))
    }

    @Test func readOnlyHidesMutatingKeysOnScreen() {
        var state = Scene.base()
        state.config.readOnly = true
        let list = Snapshot.render(state, width: 160, height: 48)
        #expect(list.contains("READ-ONLY"))
        #expect(!list.contains("delete"))
        _ = Fixtures.press(&state, .char("?"))
        let help = Snapshot.render(state, width: 160, height: 48)
        #expect(help.contains("read-only: mutating keys are disabled"))
        #expect(!help.contains("Delete the selected session"))
        #expect(!help.contains("Create a lobby"))
    }
}
