import Foundation

/// A line in the message history: a result or an error.
public struct Message: Sendable, Equatable {
    /// How the message is coloured.
    public enum Level: String, Sendable, Equatable { case info, success, warning, error }

    public var level: Level
    /// Already sanitised text.
    public var text: String
    public var at: Date

    public init(_ level: Level, _ text: String, at: Date) {
        self.level = level
        self.text = text
        self.at = at
    }
}
