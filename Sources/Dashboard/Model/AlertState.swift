import FoundationEssentials

/// What alerts and where they go: the rules of the profile (which event kinds alert), the channels (`--notify`), and
/// the rate limit's memory.
public struct AlertState: Sendable, Equatable {
    /// When each kind last notified, and how many of it were held back since (said in one summary when its window
    /// ends).
    public var lastSent: [Event.Kind: Date] = [:]
    public var held: [Event.Kind: Held] = [:]

    /// Alerts of one kind held back in its window: how many, and the first few targets.
    public struct Held: Sendable, Equatable {
        public var count = 0
        public var names: [String] = []
        public var lobbies = false
    }
    /// The newest alert, for the header's brief highlight.
    public var latest: Event?

    public init() {}
}
