import Foundation

/// A line in the message history: a result or an error.
public struct Message: Sendable, Equatable {
    /// How the message is coloured.
    public enum Level: String, Sendable, Equatable { case info, success, warning, error }

    public var level: Level
    /// Already sanitised text.
    public var text: String
    public var at: Date
    /// Said by polling (a feed's error, the API coming back): kept in the history, but never shown in the
    /// message line over what the user did — the header and the pane titles show how the data stands.
    public var background: Bool

    public init(_ level: Level, _ text: String, at: Date, background: Bool = false) {
        self.level = level
        self.text = text
        self.at = at
        self.background = background
    }
}
