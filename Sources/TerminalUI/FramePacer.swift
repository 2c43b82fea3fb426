/// Decides when the terminal loop may draw: at most `framesPerSecond`, and never while no frame is owed.
///
/// Pure and clock-free: callers pass the time as a `Duration` since any fixed origin.
public struct FramePacer: Sendable, Equatable {
    /// What the loop should do next.
    public enum Decision: Sendable, Equatable {
        /// Draw a frame now.
        case drawNow
        /// A frame is owed but the last one was too recent: wait at most this long for input, then draw.
        case wait(Duration)
        /// Nothing is owed: block until input arrives, with no timeout.
        case idle
    }

    /// The shortest time between two frames.
    public let minimumInterval: Duration
    /// When the last frame was drawn, if any.
    public private(set) var lastFrame: Duration?

    /// A pacer allowing at most `framesPerSecond` frames a second (at least 1).
    public init(framesPerSecond: Int = 30) {
        minimumInterval = .seconds(1) / max(1, framesPerSecond)
    }

    /// The next step, given whether the program has a frame to draw and the current time.
    public func decide(frameOwed: Bool, now: Duration) -> Decision {
        guard frameOwed else { return .idle }
        guard let last = lastFrame else { return .drawNow }
        let due = last + minimumInterval
        return now >= due ? .drawNow : .wait(due - now)
    }

    /// Notes that a frame was drawn at `now`.
    public mutating func recordFrame(at now: Duration) {
        lastFrame = now
    }

    /// The `poll()` timeout for a decision, in whole milliseconds: -1 to block, 0 to return at once,
    /// and waits rounded up so the loop never wakes just before the frame is due and spins.
    public static func pollTimeout(for decision: Decision) -> Int32 {
        switch decision {
        case .drawNow:
            return 0
        case .idle:
            return -1
        case .wait(let d):
            let (seconds, attoseconds) = d.components
            let ms = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
            return Int32(clamping: max(1, ms))
        }
    }
}
