import Foundation
import Testing
@testable import TerminalUI

@Suite struct BundledThemesTests {
    /// The repository's `themes/` folder, found from this file's path.
    static let themesDirectory: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/TerminalUITests/<file>
        return parts.joined(separator: "/") + "/themes"
    }()

    static let names = ["default", "light", "mono", "high-contrast", "nord", "okabe-ito"]

    @Test func embeddedTextsEqualTheFilesByteForByte() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        #expect(Set(files) == Set(BundledThemes.all.keys))
        for name in files {
            let data = try #require(FileManager.default.contents(atPath: "\(Self.themesDirectory)/\(name).yaml"))
            #expect(Array(data) == Array((BundledThemes.all[name] ?? "").utf8), "themes/\(name).yaml drifted: run themes/generate-bundled.sh")
        }
    }

    @Test(arguments: names)
    func loadsAndResolvesAtEveryDepth(_ name: String) throws {
        let theme = try ThemeLoader().load(named: name)
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(ThemeRole.allCases), "every role defined, directly or through extends")
        for depth in ColorDepth.allCases {
            let r = theme.resolved(for: depth)
            for role in ThemeRole.allCases {
                let s = r.style(role)
                for c in [s.fg, s.bg] {
                    switch (depth, c) {
                    case (_, .default), (.trueColor, _), (.c256, .ansi), (.c256, .indexed): break
                    case (.c16, .ansi(let n)): #expect(n < 16)
                    case (.c8, .ansi(let n)): #expect(n < 8)
                    default: Issue.record("\(name) \(role) at \(depth): \(c)")
                    }
                }
                if s.fg != .default { #expect(s.fg != s.bg, "\(name) \(role) at \(depth): text invisible") }
            }
        }
    }

    @Test(arguments: names)
    func criticalRolesDistinctInMono(_ name: String) throws {
        let mono = try ThemeLoader().load(named: name).resolved(for: .mono)
        let roles: [ThemeRole] = [.text, .selection, .error, .warn, .ok, .danger]
        let attrs = roles.map { mono.style($0).attributes }
        #expect(Set(attrs).count == roles.count, "\(name): \(attrs)")
    }

    @Test func bundledDefaultAndMonoMatchTheBuiltins() throws {
        #expect(try ThemeLoader().load(named: "default") == Theme.default)
        #expect(try ThemeLoader().load(named: "mono") == Theme.mono)
    }

    @Test func paletteAndDepthOverridesFromFiles() throws {
        let nord = try ThemeLoader().load(named: "nord")
        #expect(nord.style(.selection) == Style(fg: .rgb(0x2e, 0x34, 0x40), bg: .rgb(0x88, 0xc0, 0xd0)))
        #expect(nord.resolved(for: .c16).style(.selection) == Style(fg: .ansi(0), bg: .ansi(6)))
        // okabe-ito extends default: roles it leaves alone come from default.
        let oi = try ThemeLoader().load(named: "okabe-ito")
        #expect(oi.style(.statusBar) == Theme.default.style(.statusBar))
        #expect(oi.style(.ok) == Style(fg: .rgb(0, 0x9e, 0x73)))
    }
}
