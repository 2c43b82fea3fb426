/// One cell that differs between two frames.
public struct CellChange: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

extension Buffer {
    /// The cells of `self` that differ from `previous`, row by row. A size change yields every cell.
    public func diff(from previous: Buffer) -> [CellChange] {
        var out: [CellChange] = []
        let sameSize = previous.width == width && previous.height == height
        for y in 0..<height {
            for x in 0..<width {
                let c = cells[y * width + x]
                if sameSize && previous.cells[y * width + x] == c { continue }
                out.append(CellChange(x: x, y: y, cell: c))
            }
        }
        return out
    }
}
