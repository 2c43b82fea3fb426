import Testing
import TerminalUI
@testable import CursesBackend

struct ColorPairCacheTests {
    @Test func defaultPairIsZeroAndNeverAllocated() {
        var cache = ColorPairCache(capacity: 4)
        #expect(cache.pair(for: .init(fg: -1, bg: -1)) == .existing(0))
        #expect(cache.count == 0)
    }

    @Test func pairsAreAllocatedOnceAndReused() {
        var cache = ColorPairCache(capacity: 300)
        #expect(cache.pair(for: .init(fg: 1, bg: -1)) == .allocated(1))
        #expect(cache.pair(for: .init(fg: 2, bg: 4)) == .allocated(2))
        #expect(cache.pair(for: .init(fg: 1, bg: -1)) == .existing(1))
        #expect(cache.count == 2)
    }

    @Test func pairsBeyond255AreHandedOut() {
        var cache = ColorPairCache(capacity: 65536)
        var last: ColorPairCache.Lookup = .exhausted
        for fg in Int32(0)..<300 { last = cache.pair(for: .init(fg: fg, bg: 0)) }
        #expect(last == .allocated(300))
    }

    @Test func exhaustionIsReportedAndResetStartsOver() {
        var cache = ColorPairCache(capacity: 3)
        _ = cache.pair(for: .init(fg: 1, bg: 0))
        _ = cache.pair(for: .init(fg: 2, bg: 0))
        #expect(cache.pair(for: .init(fg: 3, bg: 0)) == .exhausted)
        cache.reset()
        #expect(cache.pair(for: .init(fg: 3, bg: 0)) == .allocated(1))
    }
}

struct ColorPolicyTests {
    @Test func noColorOnlyCountsWhenNonEmpty() {
        #expect(ColorPolicy.wantsColor(mode: .auto, noColor: nil))
        #expect(ColorPolicy.wantsColor(mode: .auto, noColor: ""))
        #expect(!ColorPolicy.wantsColor(mode: .auto, noColor: "1"))
        #expect(ColorPolicy.wantsColor(mode: .always, noColor: "1"))
        #expect(!ColorPolicy.wantsColor(mode: .never, noColor: nil))
    }

    @Test func colortermValues() {
        #expect(ColorPolicy.colortermPromisesTrueColor("truecolor"))
        #expect(ColorPolicy.colortermPromisesTrueColor("24bit"))
        #expect(!ColorPolicy.colortermPromisesTrueColor("yes"))
        #expect(!ColorPolicy.colortermPromisesTrueColor(nil))
    }

    @Test func cursesNumbers() {
        #expect(ColorPolicy.cursesNumber(.default) == -1)
        #expect(ColorPolicy.cursesNumber(.ansi(9)) == 9)
        #expect(ColorPolicy.cursesNumber(.indexed(214)) == 214)
        #expect(ColorPolicy.cursesNumber(.rgb(0x12, 0x34, 0x56)) == 0x123456)
    }

    @Test func rgbReachesCursesAsA256ColourIndexOnA256ColourTerminal() {
        let style = Style(fg: .rgb(255, 0, 0)).downsampled(to: .c256)
        let n = ColorPolicy.cursesNumber(style.fg)
        #expect((16..<256).contains(n))
    }
}

struct CellTextTests {
    private func text(_ s: String, unicode: Bool = true) -> [Int32] {
        var out = [Int32](repeating: 7, count: 6)
        CellText.fill(&out, with: s, unicode: unicode)
        return Array(out.prefix(while: { $0 != 0 }))
    }

    @Test func plainAndWide() {
        #expect(text("a") == [97])
        #expect(text("中") == [0x4E2D])
    }

    @Test func combiningScalarsStayInOneCellUpToTheLimit() {
        #expect(text("e\u{301}") == [0x65, 0x301])
        #expect(text("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}").count == CellText.maxScalars)
    }

    @Test func controlsAndEmptyAreSanitised() {
        #expect(text("\u{1B}") == [0x3F])
        #expect(text("") == [32])
    }

    @Test func nonASCIIBecomesQuestionMarkWithoutAUTF8Locale() {
        #expect(text("é", unicode: false) == [0x3F])
        #expect(text("x", unicode: false) == [0x78])
    }
}
