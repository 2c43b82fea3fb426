/// One screen cell: a grapheme and its style. The cell right of a wide grapheme holds `""` (a continuation).
public struct Cell: Sendable, Hashable {
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    /// A blank cell.
    public static let blank = Cell()

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { symbol.isEmpty }
}
