import FoundationEssentials

/// The zone clock times are written in, as its offset from UTC at each moment. The runtime hands the local zone
/// (libc's, so daylight saving moves with it); tests hand UTC. Without Foundation's ICU, `TimeZone` knows only GMT.
public struct ClockZone: Sendable, Equatable {
    /// `UTC`, or `local` with the name libc gives it.
    public let name: String
    private let offsetAt: @Sendable (Date) -> Int

    public init(name: String, offsetAt: @escaping @Sendable (Date) -> Int) {
        self.name = name
        self.offsetAt = offsetAt
    }

    public static let utc = ClockZone(name: "UTC") { _ in 0 }

    /// A zone a fixed number of seconds east of UTC.
    public static func fixed(_ seconds: Int) -> ClockZone { ClockZone(name: "UTC\(seconds >= 0 ? "+" : "")\(seconds)s") { _ in seconds } }

    /// Zones are told apart by name (the offsets are a function).
    public static func == (a: ClockZone, b: ClockZone) -> Bool { a.name == b.name }

    /// Seconds east of UTC at `date`.
    public func offset(at date: Date) -> Int { offsetAt(date) }
}
