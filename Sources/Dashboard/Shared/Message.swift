import FoundationEssentials
import TerminalUI

/// A line in the message history: a result or an error.
public struct Message: Sendable, Equatable {
    /// How the message is coloured, and its glyph (so it tells apart without colour).
    public enum Level: String, Sendable, Equatable { case info, success, warning, error }

    public var level: Level
    /// Already sanitised text, whole (`m` shows it wrapped).
    public var text: String
    /// A shorter form for the one-line message line, when the text has one (a path with its folders elided).
    public var brief: String?
    /// The last time it was said.
    public var at: Date
    /// Said by polling (a feed's error, the API coming back): kept in the history, but never shown in the
    /// message line over what the user did — the header and the pane titles show how the data stands.
    public var background: Bool
    /// How many times polling said it (repeats fold into one line: `×12`), and when first.
    public var count = 1
    public var firstAt: Date
    /// Its number in the history (from 1, in the order said): what `m` keeps selected as new lines arrive.
    public var number = 0

    public init(_ level: Level, _ text: String, at: Date, background: Bool = false, brief: String? = nil) {
        self.level = level
        self.text = text
        self.brief = brief
        self.at = at
        self.firstAt = at
        self.background = background
    }
}

extension Message.Level {
    /// The level's glyph: `●` done, `▲` a warning, `✖` an error, `○` for the rest.
    func mark(_ glyphs: GlyphSet) -> Character {
        switch self {
        case .info: glyphs.statusInfo
        case .success: glyphs.statusOK
        case .warning: glyphs.statusWarn
        case .error: glyphs.statusError
        }
    }

    func style(_ theme: Theme) -> Style {
        switch self {
        case .info: theme.style(.info)
        case .success: theme.style(.ok)
        case .warning: theme.style(.warn)
        case .error: theme.style(.error)
        }
    }
}
