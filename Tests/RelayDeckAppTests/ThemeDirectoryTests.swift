import Foundation
import RelayDeckApp
import TerminalUI
import Testing

/// Theme files on disk: the user's folder shadows and extends the bundled themes; errors name the file.
@Suite struct ThemeDirectoryTests {
    /// A fresh user theme directory holding `files`.
    func userDirectory(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relaydeck-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func extendsCycleIsDetected() throws {
        let dir = try userDirectory([
            "a.yaml": "extends: b\n", "b.yaml": "extends: c\n", "c.yaml": "roles:\n  ok: red\nextends: a\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect {
            try ThemeLoader(files: ThemeDirectory(dir)).load(named: "a")
        } throws: { error in
            guard let e = error as? ThemeError else { return false }
            return e.kind == .extendsCycle && e.file == "\(dir)/c.yaml" && e.value == "a" && e.line == 3
                && e.description.contains("a -> b -> c -> a")
        }
        #expect(throws: ThemeError.self) { try ThemeLoader().load(yaml: "name: self\nextends: self\n", file: "self.yaml") }
    }

    @Test func userThemesExtendBundledOnesAndShadowThem() throws {
        let dir = try userDirectory([
            "mine.yaml": "extends: nord\npalette:\n  hot: \"#ff0000\"\nroles:\n  ok: hot\n  warn: nord13\n",
            "mono.yml": "name: mono\nroles:\n  text: {bold: true}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let loader = ThemeLoader(files: ThemeDirectory(dir))
        let mine = try loader.load(named: "mine")
        #expect(mine.name == "mine")
        #expect(mine.style(.ok) == Style(fg: .rgb(255, 0, 0)))
        #expect(mine.style(.warn) == Style(fg: .rgb(0xeb, 0xcb, 0x8b)), "parent palette names stay usable")
        #expect(mine.style(.selection) == (try loader.load(named: "nord")).style(.selection))
        #expect(try loader.load(named: "mono").style(.text) == Style(attributes: .bold))
        #expect(loader.availableThemes().contains("mine"))
        #expect(try loader.load(path: "\(dir)/mine.yaml") == mine)
    }

    @Test func unreadableFileAndUnknownName() {
        #expect {
            try ThemeLoader(files: ThemeDirectory("/nonexistent")).load(path: "/nonexistent/x.yaml")
        } throws: { ($0 as? ThemeError)?.kind == .unreadable && ($0 as? ThemeError)?.file == "/nonexistent/x.yaml" }
        #expect {
            try ThemeLoader().load(named: "nope")
        } throws: { ($0 as? ThemeError)?.kind == .unknownTheme && ($0 as? ThemeError)?.value == "nope" }
    }
}
