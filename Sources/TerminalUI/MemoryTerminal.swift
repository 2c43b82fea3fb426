/// An in-memory screen: presents buffers as a real backend would and counts what it would write.
///
/// Used by loop tests and the benchmark. Byte figures are estimates of ANSI output (cursor moves,
/// SGR sequences, UTF-8 text), not what ncurses would emit exactly.
public struct MemoryTerminal: Sendable {
    /// What one `present` wrote.
    public struct FrameStats: Sendable, Equatable {
        /// Cells written (continuation cells not counted).
        public var cells: Int
        /// Estimated bytes of terminal output.
        public var bytes: Int

        public init(cells: Int, bytes: Int) {
            self.cells = cells
            self.bytes = bytes
        }
    }

    /// The screen as last presented.
    public private(set) var screen: Buffer
    /// Calls to `present` that wrote at least one cell.
    public private(set) var framesWritten = 0
    /// All calls to `present`.
    public private(set) var presents = 0
    /// Stats of the last `present`.
    public private(set) var last = FrameStats(cells: 0, bytes: 0)
    /// Sum over all presents.
    public private(set) var total = FrameStats(cells: 0, bytes: 0)
    private var fullRepaintPending = true

    /// A blank screen of the given size; the first present repaints everything.
    public init(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
    }

    /// The next present rewrites every cell (as after a resize or a resume).
    public mutating func invalidate() {
        fullRepaintPending = true
    }

    /// Changes the size; the next present repaints everything.
    public mutating func resize(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
        fullRepaintPending = true
    }

    /// Writes the differences between `buffer` and the screen; returns what was written.
    @discardableResult
    public mutating func present(_ buffer: Buffer) -> FrameStats {
        presents += 1
        let full = fullRepaintPending || buffer.width != screen.width || buffer.height != screen.height
        let changes = full ? buffer.diff(from: Buffer(width: 0, height: 0)) : buffer.diff(from: screen)
        var stats = FrameStats(cells: 0, bytes: full ? 7 : 0)  // ESC[H ESC[2J
        var cursor: (x: Int, y: Int)? = nil
        var style: Style? = nil
        for change in changes where !change.cell.isContinuation {
            if cursor.map({ $0.x != change.x || $0.y != change.y }) ?? true {
                stats.bytes += Self.cursorMoveBytes(x: change.x, y: change.y)
            }
            if style != change.cell.style {
                stats.bytes += Self.sgrBytes(change.cell.style)
                style = change.cell.style
            }
            stats.bytes += max(1, change.cell.symbol.utf8.count)
            stats.cells += 1
            cursor = (change.x + TextWidth.of(change.cell.symbol), change.y)
        }
        screen = buffer
        fullRepaintPending = false
        if stats.cells > 0 { framesWritten += 1 }
        last = stats
        total.cells += stats.cells
        total.bytes += stats.bytes
        return stats
    }

    /// `ESC [ row ; col H`.
    static func cursorMoveBytes(x: Int, y: Int) -> Int {
        4 + String(y + 1).utf8.count + String(x + 1).utf8.count
    }

    /// `ESC [ 0 ; attrs ; fg ; bg m`.
    static func sgrBytes(_ style: Style) -> Int {
        var n = 4
        n += 2 * style.attributes.rawValue.nonzeroBitCount
        n += colorBytes(style.fg) + colorBytes(style.bg)
        return n
    }

    static func colorBytes(_ color: Color) -> Int {
        switch color {
        case .default: return 0
        case .ansi: return 4
        case .indexed: return 10
        case .rgb: return 18
        }
    }
}
