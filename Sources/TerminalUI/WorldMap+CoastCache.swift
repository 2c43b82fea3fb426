import Synchronization

extension WorldMap {
    private struct CoastKey: Hashable {
        let width: Int, height: Int, dotsX: Int, dotsY: Int
    }

    /// The coastline of a map `width`×`height` cells, one bit pattern a cell. The coastline never changes, and
    /// computing it is most of a map's cost, so the last few sizes are remembered (a pure function, memoised).
    static func coastBits(width: Int, height: Int, dots: (x: Int, y: Int)) -> [UInt8] {
        let key = CoastKey(width: width, height: height, dotsX: dots.x, dotsY: dots.y)
        if let hit = coastCache.withLock({ $0[key] }) { return hit }
        let columns = width * dots.x, rows = height * dots.y
        var bits = Array(repeating: UInt8(0), count: width * height)
        for y in 0..<rows {
            for x in 0..<columns where isCoast(x: x, y: y, columns: columns, rows: rows) {
                bits[(y / dots.y) * width + x / dots.x] |= brailleBit(x % dots.x, y % dots.y)
            }
        }
        coastCache.withLock { cache in
            // A few sizes cover resizes back and forth; a resize storm cannot grow this without bound.
            if cache.count >= 8 { cache.removeAll() }
            cache[key] = bits
        }
        return bits
    }

    private static let coastCache = Mutex<[CoastKey: [UInt8]]>([:])
}
