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
    /// A row marked for a bulk action (in the gutter after the selection marker).
    public var markedRow: Character = "+"
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
    /// A message that is neither a result nor a problem.
    public var statusInfo: Character = "○"
    /// A flag set and unset (the R/L column: `✓·`).
    public var yes: Character = "✓"
    public var no: Character = "·"
    /// An empty field (`—`).
    public var none = "—"
    /// Between parts of a line (`fleet 1000 · 12s old`).
    public var separator = "·"
    /// Before an age that is only a lower bound (`≥12m`).
    public var atLeast = "≥"
    /// Before a count that is approximate (`≈1000`).
    public var approximately = "≈"
    /// Arrows for keys and changes (`↑↓`, `READY → Error`).
    public var up = "↑", down = "↓", left = "←", right = "→"

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
        spinner: ["|", "/", "-", "\\"], statusInfo: "o", yes: "y", no: "-", none: "-", separator: "|", atLeast: ">=", approximately: "~",
        up: "^", down: "v", left: "<", right: "->")

    /// The ASCII stand-in for a character the Unicode set or a message may hold (`·` `.`, `—` `-`, `≥` `>`, box
    /// drawing `+-|`); `?` for any other non-ASCII character. What `--ascii` draws for text that did not come from
    /// this set (messages written once for both sets, API strings).
    public static func asciiFallback(_ c: Character) -> Character {
        if c.isASCII { return c }
        switch c {
        case "·", "•", "…": return "."
        case "—", "–", "─", "━", "▁", "▂": return "-"
        case "│", "┃": return "|"
        case "┌", "┐", "└", "┘", "┏", "┓", "┗", "┛", "┼": return "+"
        case "≥", "›", "→", "▶": return ">"
        case "≤", "‹", "←", "◀": return "<"
        case "↑", "▲": return "^"
        case "↓", "▼": return "v"
        case "≈", "◌": return "~"
        case "○": return "o"
        // The control pictures text cleaning shows (ESC as ␛): caret notation, never `?`, which is what a control
        // character that slipped through becomes.
        case "␛": return "^"
        case "✓": return "y"
        case "✖", "✗": return "x"
        case "●": return "*"
        case "×": return "x"
        default: return "?"
        }
    }

    /// The set for a locale: Unicode when UTF-8 and not forced to ASCII.
    public static func forLocale(utf8: Bool, forceASCII: Bool = false) -> GlyphSet {
        utf8 && !forceASCII ? .unicode : .ascii
    }
}

extension Buffer {
    /// Every cell in 7-bit ASCII: each non-ASCII symbol replaced by `GlyphSet.asciiFallback`, a wide one's second cell
    /// by a space. What `--ascii` and non-UTF-8 locales get, whatever the text drawn held.
    public mutating func asciify() {
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation {
                    self[x, y] = Cell(" ", style: cell.style)
                } else if let c = cell.symbol.first, !cell.symbol.allSatisfy(\.isASCII) {
                    self[x, y] = Cell(String(GlyphSet.asciiFallback(c)), style: cell.style)
                }
            }
        }
    }
}
