import EdgegapAPI
import Foundation

/// Everything the dashboard knows, in three parts: what the view draws (`screen`), the request bookkeeping no view
/// reads (`book`), and the time of the last action (`now`). A frame is owed when `screen` changed, or when time
/// moved on a clock tick. Fields of `screen` read as fields of the state (`state.sessions`).
@dynamicMemberLookup
public struct AppState: Sendable, Equatable {
    /// What the view draws.
    public var screen: Screen
    /// Request bookkeeping: generations, requests out, failures, the probe.
    public var book = Bookkeeping()
    /// The time of the last action (the view's clock; ages are computed from it). Arrives inside actions.
    public var now: Date

    public init(config: DashboardConfig, now: Date) {
        screen = Screen(config: config)
        self.now = now
    }

    public subscript<T>(dynamicMember path: WritableKeyPath<Screen, T>) -> T {
        get { screen[keyPath: path] }
        set { screen[keyPath: path] = newValue }
    }

    public subscript<T>(dynamicMember path: KeyPath<Screen, T>) -> T { screen[keyPath: path] }

    /// The drawn part: two states with equal `drawn` draw the same frame at the same moment.
    public var drawn: Screen { screen }

    /// Appends a message, dropping the oldest past the limit.
    public mutating func post(_ level: Message.Level, _ text: String) {
        screen.messages.append(Message(level, text, at: now))
        if screen.messages.count > Self.messageLimit { screen.messages.removeFirst(screen.messages.count - Self.messageLimit) }
    }

    /// Longest message history kept.
    public static let messageLimit = 50
    /// Polls kept for the sparkline.
    public static let historyLimit = 60
    /// The smallest size the dashboard draws at.
    public static let minimumWidth = 60
    public static let minimumHeight = 16
}
