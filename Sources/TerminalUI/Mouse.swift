/// A mouse report (xterm's SGR 1006 form, so columns past 223 arrive whole): what happened and where, in 0-based cells.
public struct Mouse: Sendable, Hashable {
    /// The buttons a report names.
    public enum Button: Int, Sendable, Hashable {
        case left = 0, middle = 1, right = 2
    }

    /// What happened.
    public enum Kind: Sendable, Hashable {
        case press(Button)
        case release(Button)
        /// Moved with a button held (only when the terminal reports motion).
        case drag(Button)
        case wheelUp, wheelDown
    }

    public var kind: Kind
    /// The column, 0 at the left.
    public var x: Int
    /// The row, 0 at the top.
    public var y: Int
    /// Shift, Alt or Ctrl was held (a terminal keeps Shift-drag for its own text selection).
    public var modified: Bool

    public init(_ kind: Kind, x: Int, y: Int, modified: Bool = false) {
        self.kind = kind
        self.x = x
        self.y = y
        self.modified = modified
    }

    /// The report in `CSI < b ; x ; y M|m` (the parameters between `<` and the final byte); nil when malformed.
    public static func sgr(parameters: String, final: Character) -> Mouse? {
        let parts = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let b = parts[0], let col = parts[1], let row = parts[2], col >= 1, row >= 1,
              final == "M" || final == "m" else { return nil }
        let modified = b & (4 | 8 | 16) != 0
        let kind: Kind
        if b & 64 != 0 {
            // 64/65 up and down; 66/67 are sideways scrolls, which nothing here reads.
            switch b & 3 {
            case 0: kind = .wheelUp
            case 1: kind = .wheelDown
            default: return nil
            }
        } else {
            guard let button = Button(rawValue: b & 3) else { return nil }
            kind = final == "m" ? .release(button) : b & 32 != 0 ? .drag(button) : .press(button)
        }
        return Mouse(kind, x: col - 1, y: row - 1, modified: modified)
    }
}
