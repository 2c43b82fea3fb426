import Testing
@testable import TerminalUI

@Suite struct ColorDownsamplingTests {
    @Test func exactCubeAndGreyColoursMapToTheirIndex() {
        // Every palette entry from 16 up, given as RGB, must come back as itself at 256 colours.
        for i in 16...255 {
            let (r, g, b) = Color.xtermRGB(i)
            let back = Color.rgb(r, g, b).downsampled(to: .c256)
            // 16 and 231 (black, white) equal grey-ramp neighbours only in theory; the cube wins ties.
            #expect(back == .indexed(UInt8(i)), "index \(i)")
        }
    }

    @Test func nearColoursRoundToNeighbours() {
        #expect(Color.rgb(250, 2, 3).downsampled(to: .c256) == .indexed(196))
        #expect(Color.rgb(128, 128, 128).downsampled(to: .c256) == .indexed(244))
        #expect(Color.rgb(250, 2, 3).downsampled(to: .c16) == .ansi(9))
        #expect(Color.rgb(250, 2, 3).downsampled(to: .c8) == .ansi(1))
    }

    @Test func ansiAndDefaultSurviveWherePossible() {
        for depth in [ColorDepth.trueColor, .c256, .c16] {
            #expect(Color.ansi(11).downsampled(to: depth) == .ansi(11))
        }
        #expect(Color.ansi(11).downsampled(to: .c8) == .ansi(3))
        #expect(Color.indexed(4).downsampled(to: .c16) == .ansi(4))
        for depth in ColorDepth.allCases { #expect(Color.default.downsampled(to: depth) == .default) }
        #expect(Color.rgb(1, 2, 3).downsampled(to: .mono) == .default)
    }

    @Test func downsamplingStaysInThePalette() {
        for v in stride(from: 0, through: 255, by: 17) {
            let c = Color.rgb(UInt8(v), UInt8(255 - v), UInt8((v * 7) % 256))
            if case .ansi(let n) = c.downsampled(to: .c16) { #expect(n < 16) } else { Issue.record("not ansi") }
            if case .ansi(let n) = c.downsampled(to: .c8) { #expect(n < 8) } else { Issue.record("not ansi") }
            if case .indexed = c.downsampled(to: .c256) {} else { Issue.record("not indexed") }
        }
    }

    @Test func collapsedForegroundGetsContrast() {
        // Two blues that become the same 8-colour blue: the text must not vanish.
        let s = Style(fg: .rgb(0, 0, 200), bg: .rgb(0, 0, 230)).downsampled(to: .c8)
        #expect(s.bg == .ansi(4))
        #expect(s.fg != s.bg)
    }

    @Test func depthFromColourCount() {
        #expect(ColorDepth(colors: 256) == .c256)
        #expect(ColorDepth(colors: 88) == .c16)
        #expect(ColorDepth(colors: 8) == .c8)
        #expect(ColorDepth(colors: 2) == .mono)
        #expect(ColorDepth(colors: 256, direct: true) == .trueColor)
    }
}

/// Issue 12, item 5: on an 8-colour terminal grey is not a warning. Bright black's nearest RGB among eight colours
/// is yellow; muted roles keep their role (the default colour, dimmed) instead.
@Suite struct EightColourGreyTests {
    @Test func mutedRolesNeverBecomeAWarningHue() {
        for theme in BundledThemes.all.keys.sorted() {
            guard let t = try? ThemeLoader().load(named: theme) else { continue }
            let eight = t.resolved(for: .c8)
            let warn = eight.style(.warn).fg
            for role in [ThemeRole.muted, .border, .keyHint] where t.style(role).fg.isGrey {
                let fg = eight.style(role).fg
                #expect(fg != warn && fg != .ansi(3), "\(theme).\(role) became \(fg) at 8 colours")
                #expect(fg == .default, "\(theme).\(role): \(fg)")
            }
        }
        #expect(Style(fg: .ansi(8)).downsampled(to: .c8) == Style(fg: .default, attributes: .dim))
        #expect(Style(fg: .indexed(254)).downsampled(to: .c8) == Style(fg: .default))   // a light grey: not dimmed
        #expect(Style(fg: .ansi(3)).downsampled(to: .c8) == Style(fg: .ansi(3)))      // a real yellow stays yellow
        #expect(Style(fg: .ansi(8)).downsampled(to: .c16) == Style(fg: .ansi(8)))     // 16 colours have a grey
    }
}
