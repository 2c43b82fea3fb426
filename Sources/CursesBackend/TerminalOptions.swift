import TerminalUI

/// Whether to use colour.
public enum ColorMode: String, Sendable, CaseIterable {
    /// Colour when the terminal has it and `NO_COLOR` is unset or empty.
    case auto
    /// Colour whenever the terminal has it, even with `NO_COLOR`.
    case always
    /// Monochrome: attributes only.
    case never
}

/// How the curses terminal is set up.
public struct TerminalOptions: Sendable, Equatable {
    /// Colour policy.
    public var colorMode: ColorMode
    /// Force ASCII mode even in a UTF-8 locale.
    public var ascii: Bool
    /// Frames per second at most.
    public var framesPerSecond: Int
    /// A key that repaints the whole screen (also delivered to the program); nil for none.
    public var repaintKey: Key?
    /// Ctrl-C arrives as a key (`.ctrl("c")`) instead of SIGINT, so the program decides what it means (the dashboard
    /// asks first when work is in flight). Ctrl-Z still suspends.
    public var interruptAsKey: Bool

    /// Options with the usual defaults: auto colour, Unicode, 30 frames/s, Ctrl-L repaints, Ctrl-C a signal.
    public init(colorMode: ColorMode = .auto, ascii: Bool = false, framesPerSecond: Int = 30, repaintKey: Key? = .ctrl("l"),
                interruptAsKey: Bool = false) {
        self.colorMode = colorMode
        self.ascii = ascii
        self.framesPerSecond = framesPerSecond
        self.repaintKey = repaintKey
        self.interruptAsKey = interruptAsKey
    }
}

