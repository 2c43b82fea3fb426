import FoundationEssentials

/// A left click remembered for the next one: a second click on the same row soon after opens it.
public struct Click: Sendable, Equatable {
    public var hit: ScreenLayout.Hit
    public var at: Date

    /// Two clicks this close together, on the same thing, are a double click.
    public static let doubleClickWithin: TimeInterval = 0.4
}
