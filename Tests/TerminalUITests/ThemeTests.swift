import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    static let criticalRoles: [ThemeRole] = [.selection, .error, .warn, .ok, .danger]

    @Test func monoHasNoColour() {
        for role in ThemeRole.allCases {
            #expect(Theme.mono.style(role).fg == .default && Theme.mono.style(role).bg == .default)
        }
    }

    @Test(arguments: ["default", "mono"])
    func criticalRolesDistinctInMono(_ name: String) throws {
        let mono = try #require(Theme.builtins[name]).resolved(for: .mono)
        let attrs = Self.criticalRoles.map { mono.style($0).attributes }
        #expect(Set(attrs).count == attrs.count)
        #expect(!attrs.contains(mono.style(.text).attributes))
    }

    @Test func resolvedCoversEveryRoleAndDepth() {
        for depth in ColorDepth.allCases {
            let t = Theme.default.resolved(for: depth)
            #expect(t.styles.count == ThemeRole.allCases.count)
            if depth == .mono { #expect(t.styles.values.allSatisfy { $0.fg == .default && $0.bg == .default }) }
        }
    }

    @Test func depthOverridesApply() {
        var t = Theme(name: "t", styles: [.text: Style(fg: .rgb(10, 20, 30)), .ok: Style(fg: .rgb(0, 255, 0))])
        t.depthOverrides[.c16] = [.ok: Style(fg: .ansi(10), attributes: .bold)]
        t.depthOverrides[.mono] = [.ok: Style(attributes: .underline)]
        #expect(t.resolved(for: .c16).style(.ok) == Style(fg: .ansi(10), attributes: .bold))
        // 8 colours inherit the 16-colour override, then down-sample it.
        #expect(t.resolved(for: .c8).style(.ok) == Style(fg: .ansi(2), attributes: .bold))
        #expect(t.resolved(for: .mono).style(.ok) == Style(attributes: .underline))
        #expect(t.resolved(for: .c256).style(.ok).fg == .indexed(46))
        // A role the theme leaves out falls back to text.
        #expect(t.style(.info) == t.style(.text))
    }
}
