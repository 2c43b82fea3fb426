import TerminalUI

/// What one wait for input produced.
public struct DeviceInput: Sendable, Equatable {
    /// Events to deliver, in order.
    public var events: [TerminalEvent]
    /// Set when the loop must end (signal or hang-up), after the events are delivered.
    public var stop: ExitReason?

    public init(events: [TerminalEvent] = [], stop: ExitReason? = nil) {
        self.events = events
        self.stop = stop
    }
}

/// A screen the terminal loop presents frames to and waits on for input (curses, or a test double).
public protocol TerminalDevice: AnyObject {
    /// The current size in cells.
    var size: TerminalSize { get }
    /// Blocks until input, a wake-up or a signal, or for `timeoutMilliseconds` (-1: no timeout).
    func waitForInput(timeoutMilliseconds: Int32) -> DeviceInput
    /// Writes the cells that differ from the last frame and flushes once.
    func present(_ buffer: Buffer)
    /// Makes the next `present` repaint every cell.
    func invalidate()
    /// Turns the terminal's mouse reports on or off.
    func setMouseReporting(_ on: Bool)
    /// Puts the screen away, runs `work` on the bare terminal, takes the screen back; returns what `work` returned.
    func runOutside(_ work: () -> Int32) -> Int32
}

extension TerminalDevice {
    public func setMouseReporting(_ on: Bool) {}
    public func runOutside(_ work: () -> Int32) -> Int32 { work() }
}
