/// The row that takes a vanished selection's place: the first one after it in the old order that is still listed, else
/// the nearest before it — the row the user saw beside it, however many others went in the same answer (counting its
/// old index in the new rows would skip one for each row above that went too).
enum Neighbour {
    /// The neighbour of the row at `i` of `old` among `now` (nil: nothing is listed).
    static func of<Key: Hashable>(_ i: Int, in old: [Key], listed now: [Key]) -> Key? {
        let kept = Set(now)
        if i < old.count {
            if let after = old[(i + 1)...].first(where: kept.contains) { return after }
            if let before = old[..<i].last(where: kept.contains) { return before }
        }
        // None of the rows it was among is left: the row now where it was.
        return now.isEmpty ? nil : now[min(i, now.count - 1)]
    }
}
