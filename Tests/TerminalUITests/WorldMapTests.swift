import Testing
@testable import TerminalUI

@Suite struct WorldMapTests {
    @Test func projectionOfKnownPoints() {
        // 360×180 dots: one dot per degree.
        #expect(WorldMap.dot(latitude: 0, longitude: 0, columns: 360, rows: 180) == (180, 90))
        #expect(WorldMap.dot(latitude: 90, longitude: -180, columns: 360, rows: 180) == (0, 0))
        #expect(WorldMap.dot(latitude: -90, longitude: 180, columns: 360, rows: 180) == (359, 179))
        #expect(WorldMap.dot(latitude: 48.85, longitude: 2.35, columns: 360, rows: 180) == (182, 41))
    }

    @Test func brailleBitsMatchTheUnicodeDotNumbering() {
        #expect(WorldMap.braille(WorldMap.brailleBit(0, 0)) == "⠁")
        #expect(WorldMap.braille(WorldMap.brailleBit(1, 0)) == "⠈")
        #expect(WorldMap.braille(WorldMap.brailleBit(0, 3)) == "⡀")
        #expect(WorldMap.braille(WorldMap.brailleBit(1, 3)) == "⢀")
    }

    @Test func pointsPlottedInBraille() {
        var b = Buffer(width: 4, height: 2)
        // Grid of 8×8 dots: 45° a dot. (80, -157.5) is dot (0, 0); (-67.5, 157.5) is dot (7, 7).
        let map = WorldMap(points: [
            WorldMap.Point(latitude: 80, longitude: -157.5),
            WorldMap.Point(latitude: -67.5, longitude: 157.5, style: Style(fg: .ansi(1))),
        ], showsOutline: false)
        map.render(b.area, into: &b)
        #expect(b.lines() == ["⠁   ", "   ⢀"])
        #expect(b[0, 0].style == Style(attributes: .bold))
        #expect(b[3, 1].style == Style(fg: .ansi(1)))
    }

    @Test func asciiFallbackUsesStars() {
        var b = Buffer(width: 36, height: 18)
        let map = WorldMap(points: [WorldMap.Point(latitude: 51.5, longitude: -0.1)], glyphs: .ascii)
        map.render(b.area, into: &b)
        // One cell per 10°: London is column 17, row 3.
        #expect(b[17, 3].symbol == "*")
        #expect(b.lines().joined().filter { $0 == "*" }.count == 1)
        // The coastline shows as dots, open sea stays blank (mid-Pacific).
        #expect(b[2, 8].symbol == " ")
        #expect(b.lines().joined().contains("."))
    }

    @Test func landMaskKnowsContinents() {
        #expect(WorldMap.isLand(latitude: 48, longitude: 2))      // France
        #expect(WorldMap.isLand(latitude: -25, longitude: 134))   // Australia
        #expect(!WorldMap.isLand(latitude: 0, longitude: -150))   // Pacific
        #expect(!WorldMap.isLand(latitude: 30, longitude: -40))   // Atlantic
    }
}
