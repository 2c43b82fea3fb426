import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeLoaderTests {
    /// A broken theme text and the error it must give.
    struct Broken: Sendable, CustomStringConvertible {
        var yaml: String
        var kind: ThemeError.Kind
        var keyPath: String
        var value: String?
        var line: Int?
        var description: String { keyPath.isEmpty ? "\(kind)" : keyPath }
    }

    static let corpus: [Broken] = [
        Broken(yaml: "roles:\n  selection: {fg: \"#12345\"}\n", kind: .invalidColor, keyPath: "roles.selection.fg", value: "#12345", line: 2),
        Broken(yaml: "roles:\n  ok: chartreuse\n", kind: .invalidColor, keyPath: "roles.ok", value: "chartreuse", line: 2),
        Broken(yaml: "roles:\n  ok: 256\n", kind: .invalidColor, keyPath: "roles.ok", value: "256", line: 2),
        Broken(yaml: "palette:\n  sea: \"#gg0000\"\n", kind: .invalidColor, keyPath: "palette.sea", value: "#gg0000", line: 2),
        Broken(yaml: "roles:\n  selecton: red\n", kind: .unknownKey, keyPath: "roles.selecton", value: nil, line: 2),
        Broken(yaml: "roles:\n  ok: {fg: red, blod: true}\n", kind: .unknownKey, keyPath: "roles.ok.blod", value: nil, line: 2),
        Broken(yaml: "roles:\n  ok: {bold: maybe}\n", kind: .wrongType, keyPath: "roles.ok.bold", value: "maybe", line: 2),
        Broken(yaml: "colours: {}\n", kind: .unknownKey, keyPath: "colours", value: nil, line: 1),
        Broken(yaml: "roles: [red, green]\n", kind: .wrongType, keyPath: "roles", value: nil, line: 1),
        Broken(yaml: "depth:\n  88:\n    ok: red\n", kind: .unknownKey, keyPath: "depth.88", value: nil, line: 3),
        Broken(yaml: "depth:\n  16:\n    ok: {bg: nope}\n", kind: .invalidColor, keyPath: "depth.16.ok.bg", value: "nope", line: 3),
        Broken(yaml: "roles:\n  ok: [1, 2]\n", kind: .wrongType, keyPath: "roles.ok", value: nil, line: 2),
        Broken(yaml: "roles:\n  ok: {fg: red\n", kind: .syntax, keyPath: "", value: nil, line: nil),
        Broken(yaml: "extends: solarized-neon\n", kind: .unknownTheme, keyPath: "extends", value: "solarized-neon", line: 1),
        Broken(yaml: "- just\n- a list\n", kind: .wrongType, keyPath: "", value: nil, line: 1),
    ]

    @Test(arguments: corpus)
    func brokenThemeGivesPreciseError(_ broken: Broken) {
        do {
            _ = try ThemeLoader().load(yaml: broken.yaml, file: "/tmp/mine.yaml")
            Issue.record("loaded a broken theme")
        } catch let error as ThemeError {
            #expect(error.kind == broken.kind)
            #expect(error.file == "/tmp/mine.yaml")
            #expect(error.keyPath == broken.keyPath)
            #expect(error.value == broken.value)
            if let line = broken.line { #expect(error.line == line) }
            #expect(error.description.hasPrefix("/tmp/mine.yaml"))
            if !broken.keyPath.isEmpty { #expect(error.description.contains(broken.keyPath)) }
        } catch {
            Issue.record("not a ThemeError: \(error)")
        }
    }

    @Test func syntaxErrorNamesTheProblem() {
        #expect {
            try ThemeLoader().load(yaml: "roles:\n  ok: {fg: red\n", file: "x.yaml")
        } throws: { error in
            guard let e = error as? ThemeError else { return false }
            return e.kind == .syntax && e.description.contains("did not find expected") && e.description.contains("line 2")
        }
    }

    @Test func descriptionReadsWell() {
        let e = ThemeError(.invalidColor, file: "nord.yaml", keyPath: "roles.selection.fg", value: "#12", line: 7, detail: "not a colour")
        #expect(e.description == "nord.yaml:7: roles.selection.fg: \"#12\": not a colour")
    }

    @Test func colourValues() {
        #expect(Color(themeValue: "#FF8000") == .rgb(255, 128, 0))
        #expect(Color(themeValue: "bright-white") == .ansi(15))
        #expect(Color(themeValue: "Bright_Red") == .ansi(9))
        #expect(Color(themeValue: "grey") == .ansi(8))
        #expect(Color(themeValue: "200") == .indexed(200))
        #expect(Color(themeValue: "default") == .default)
        for bad in ["#fff", "-1", "256", "reddish", "#12345g", ""] { #expect(Color(themeValue: bad) == nil, "\(bad)") }
    }
}
