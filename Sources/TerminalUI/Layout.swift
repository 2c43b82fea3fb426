/// Splits a rectangle into parts along one axis by constraints; the parts always tile the rectangle exactly.
public struct Layout: Sendable, Hashable {
    /// How much of the axis one part asks for.
    public enum Constraint: Sendable, Hashable {
        /// Exactly `n` cells (shrunk only when the parts cannot all fit).
        case fixed(Int)
        /// At least `n` cells; grows like `.fill(1)` when there is room.
        case min(Int)
        /// `p` percent of the whole axis, rounded down.
        case percentage(Int)
        /// A share of what is left over, proportional to `weight`.
        case fill(Int)
    }

    /// The axis along which the parts are laid out.
    public enum Direction: Sendable, Hashable {
        case vertical, horizontal
    }

    public var direction: Direction
    public var constraints: [Constraint]

    /// A layout along `direction`.
    public init(_ direction: Direction, _ constraints: [Constraint]) {
        self.direction = direction
        self.constraints = constraints
    }

    /// Parts stacked top to bottom.
    public static func vertical(_ constraints: [Constraint]) -> Layout { Layout(.vertical, constraints) }

    /// Parts side by side, left to right.
    public static func horizontal(_ constraints: [Constraint]) -> Layout { Layout(.horizontal, constraints) }

    /// The rectangles of each constraint, in order; they cover `area` with no gap and no overlap.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let sizes = Layout.sizes(constraints, total: total)
        var out: [Rect] = []
        out.reserveCapacity(sizes.count)
        var offset = 0
        for size in sizes {
            switch direction {
            case .vertical: out.append(Rect(x: area.x, y: area.y + offset, width: area.width, height: size))
            case .horizontal: out.append(Rect(x: area.x + offset, y: area.y, width: size, height: area.height))
            }
            offset += size
        }
        return out
    }

    /// The length of each part for an axis of `total` cells; the lengths sum to `total` (unless there are no parts).
    public static func sizes(_ constraints: [Constraint], total rawTotal: Int) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let total = Swift.max(0, rawTotal)
        var sizes = constraints.map { c -> Int in
            switch c {
            case .fixed(let n), .min(let n): return Swift.max(0, n)
            case .percentage(let p): return total * Swift.min(100, Swift.max(0, p)) / 100
            case .fill: return 0
            }
        }
        let used = sizes.reduce(0, +)
        if used > total {
            shrink(&sizes, constraints, by: used - total)
        } else if used < total {
            grow(&sizes, constraints, by: total - used)
        }
        return sizes
    }

    /// Takes `overflow` cells away: flexible parts first, then percentages, then fixed parts, each from the last.
    private static func shrink(_ sizes: inout [Int], _ constraints: [Constraint], by overflow: Int) {
        var left = overflow
        let passes: [(Constraint) -> Bool] = [
            { if case .min = $0 { return true } else { return false } },
            { if case .percentage = $0 { return true } else { return false } },
            { if case .fixed = $0 { return true } else { return false } },
        ]
        for matches in passes {
            for i in constraints.indices.reversed() where left > 0 && matches(constraints[i]) {
                let cut = Swift.min(left, sizes[i])
                sizes[i] -= cut
                left -= cut
            }
        }
    }

    /// Shares `extra` cells among `.fill` and `.min` parts by weight; leftovers go one each to the earliest.
    /// With no flexible part the last part takes everything so the parts still tile the area.
    private static func grow(_ sizes: inout [Int], _ constraints: [Constraint], by extra: Int) {
        let weights = constraints.map { c -> Int in
            switch c {
            case .fill(let w): return Swift.max(0, w)
            case .min: return 1
            case .fixed, .percentage: return 0
            }
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else {
            sizes[sizes.count - 1] += extra
            return
        }
        var given = 0
        for i in sizes.indices where weights[i] > 0 {
            let share = extra * weights[i] / totalWeight
            sizes[i] += share
            given += share
        }
        var left = extra - given
        for i in sizes.indices where left > 0 && weights[i] > 0 {
            sizes[i] += 1
            left -= 1
        }
    }
}
