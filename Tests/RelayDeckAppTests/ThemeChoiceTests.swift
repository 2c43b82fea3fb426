import Foundation
import RelayDeckApp
import TerminalUI
import Testing

/// Issue 12, item 10: `--theme nosuch` is an error that names the themes there are, not a silent fallback.
@Suite struct ThemeChoiceTests {
    @Test func anUnknownThemeNamesTheOnesThereAre() {
        #expect {
            try ThemeChoice.load("nosuch", directory: "/nonexistent-themes")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("unknown theme nosuch; available: ") && text.contains("nord") && text.contains("mono")
        }
    }

    @Test func aKnownThemeComesFirst() throws {
        let choice = try ThemeChoice.load("nord", directory: "/nonexistent-themes")
        #expect(choice.themes.first?.name == "nord")
        #expect(choice.themes.count == BundledThemes.all.count)
    }
}
