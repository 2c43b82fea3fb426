/// The characters widgets draw with: Unicode, or plain ASCII for non-UTF-8 locales and `--ascii`.
public struct GlyphSet: Sendable, Hashable {
    /// The six pieces of a box border.
    public struct Border: Sendable, Hashable {
        public var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: Character

        /// A border from its corner and edge characters.
        public init(topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                    horizontal: Character, vertical: Character) {
            self.topLeft = topLeft
            self.topRight = topRight
            self.bottomLeft = bottomLeft
            self.bottomRight = bottomRight
            self.horizontal = horizontal
            self.vertical = vertical
        }
    }

    /// True for the Unicode set (braille map cells are only drawn then).
    public var isUnicode: Bool
    public var border: Border
    /// The border of the focused panel (heavier, so focus shows without colour).
    public var focusedBorder: Border
    public var ellipsis: String
    /// Sparkline levels, lowest first.
    public var sparkline: [Character]
    public var selectionMarker: Character
    public var sortAscending: Character
    public var sortDescending: Character
    public var mapPoint: Character
    public var mapGrid: Character
    public var statusOK: Character
    public var statusWarn: Character
    public var statusError: Character
    public var statusPending: Character
    /// Spinner frames, shown one a tick.
    public var spinner: [Character]

    /// Box drawing, `…`, block ramps, ● ▲ ✖ ◌ and a braille spinner.
    public static let unicode = GlyphSet(
        isUnicode: true,
        border: Border(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│"),
        focusedBorder: Border(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃"),
        ellipsis: "…", sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        selectionMarker: "›", sortAscending: "▲", sortDescending: "▼", mapPoint: "●", mapGrid: "·",
        statusOK: "●", statusWarn: "▲", statusError: "✖", statusPending: "◌",
        spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"])

    /// 7-bit ASCII only: `+-|`, `...`, `_.-=#`, `* ! x ~`.
    public static let ascii = GlyphSet(
        isUnicode: false,
        border: Border(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|"),
        focusedBorder: Border(topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#", horizontal: "=", vertical: "#"),
        ellipsis: "...", sparkline: ["_", ".", "-", "=", "#"],
        selectionMarker: ">", sortAscending: "^", sortDescending: "v", mapPoint: "*", mapGrid: ".",
        statusOK: "*", statusWarn: "!", statusError: "x", statusPending: "~",
        spinner: ["|", "/", "-", "\\"])

    /// The set for a locale: Unicode when UTF-8 and not forced to ASCII.
    public static func forLocale(utf8: Bool, forceASCII: Bool = false) -> GlyphSet {
        utf8 && !forceASCII ? .unicode : .ascii
    }
}
