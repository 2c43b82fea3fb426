import Testing
@testable import TerminalUI

@Suite struct LayoutTests {
    /// Checks that `parts` tile `area` along the axis: contiguous, in order, covering it exactly.
    func expectTiles(_ parts: [Rect], _ area: Rect, vertical: Bool) {
        var cursor = vertical ? area.y : area.x
        for p in parts {
            if vertical {
                #expect(p.y == cursor && p.x == area.x && p.width == area.width)
                cursor += p.height
            } else {
                #expect(p.x == cursor && p.y == area.y && p.height == area.height)
                cursor += p.width
            }
        }
        #expect(cursor == (vertical ? area.maxY : area.maxX))
    }

    @Test func headerBodyFooter() {
        let parts = Layout.vertical([.fixed(1), .fill(1), .fixed(1)]).split(Rect(x: 2, y: 3, width: 80, height: 24))
        #expect(parts == [
            Rect(x: 2, y: 3, width: 80, height: 1),
            Rect(x: 2, y: 4, width: 80, height: 22),
            Rect(x: 2, y: 26, width: 80, height: 1),
        ])
    }

    @Test func fillWeightsShareRemainderToEarliest() {
        // 10 cells, weights 1:1:1 → 3 each plus one leftover to the first.
        #expect(Layout.sizes([.fill(1), .fill(1), .fill(1)], total: 10) == [4, 3, 3])
        #expect(Layout.sizes([.fill(1), .fill(2)], total: 9) == [3, 6])
        #expect(Layout.sizes([.fixed(4), .fill(1), .fill(3)], total: 12) == [4, 2, 6])
    }

    @Test func percentageAndMin() {
        #expect(Layout.sizes([.percentage(30), .min(10)], total: 50) == [15, 35])
        // Without a flexible part, the last part absorbs the rounding remainder.
        #expect(Layout.sizes([.percentage(33), .percentage(33), .percentage(33)], total: 10) == [3, 3, 4])
    }

    @Test func overflowShrinksFlexibleBeforeFixed() {
        #expect(Layout.sizes([.fixed(1), .min(10), .fixed(1)], total: 5) == [1, 3, 1])
        #expect(Layout.sizes([.fixed(3), .fixed(3)], total: 4) == [3, 1])
        #expect(Layout.sizes([.fixed(3), .percentage(50), .min(2)], total: 0) == [0, 0, 0])
    }

    @Test func emptyConstraintsGiveNoParts() {
        #expect(Layout.horizontal([]).split(Rect(width: 10, height: 2)).isEmpty)
    }

    @Test(arguments: 0...41)
    func partsTileEveryLength(_ length: Int) {
        let sets: [[Layout.Constraint]] = [
            [.fixed(1), .fill(1), .fixed(1)],
            [.percentage(25), .fill(2), .min(3), .fill(1)],
            [.min(5), .min(5), .percentage(70)],
            [.fixed(7), .percentage(40)],
            [.fill(0), .fill(0)],
            [.fill(3)],
        ]
        for constraints in sets {
            let v = Rect(x: 1, y: 2, width: 9, height: length)
            expectTiles(Layout.vertical(constraints).split(v), v, vertical: true)
            let h = Rect(x: 4, y: 0, width: length, height: 3)
            expectTiles(Layout.horizontal(constraints).split(h), h, vertical: false)
        }
    }

    @Test func centeredDialogRect() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(area.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(area.centered(width: 41, height: 11) == Rect(x: 19, y: 6, width: 41, height: 11))
        // Larger than the area: clipped to it.
        #expect(Rect(x: 5, y: 5, width: 10, height: 4).centered(width: 30, height: 30) == Rect(x: 5, y: 5, width: 10, height: 4))
    }
}
