extension WorldMap {
    /// True where the coarse land mask (10° cells) has land.
    public static func isLand(latitude: Double, longitude: Double) -> Bool {
        guard latitude.isFinite, longitude.isFinite else { return false }
        let row = min(17, max(0, Int((90 - latitude) / 10)))
        let col = min(35, max(0, Int((longitude + 180) / 10)))
        return landMask[row][col]
    }

    /// 18 bands of 10° from the north pole, 36 cells of 10° from 180° W; `#` is land. Coarse on purpose:
    /// it places relays at a glance, it is not a geography lesson.
    static let landMask: [[Bool]] = [
        "..............###...................",
        "......###########..###.##.#######...",
        ".################..#################",
        "..###########....################.#.",
        ".....#######.....################...",
        "......#####......################...",
        ".......##.#.....########.######.....",
        "........###.....#######..##.##......",
        "..........###....######.....###.....",
        "..........#####....####.....######..",
        "..........#####....#####......####..",
        "...........####....###.......#####..",
        "...........###......#........#####.#",
        "...........##...................#..#",
        "...........#........................",
        "............#.......................",
        "####################################",
        "####################################",
    ].map { $0.map { $0 == "#" } }
}
