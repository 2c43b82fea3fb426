import TerminalUI

/// A terminal size in cells.
public struct TerminalSize: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var description: String { "\(width)x\(height)" }
}

/// What the terminal can do, detected at start-up and handed to the program before its first frame.
public struct TerminalCapabilities: Sendable, Hashable {
    /// The colour depth themes should target (`.mono` under `NO_COLOR` or `--color never`).
    public var colorDepth: ColorDepth
    /// True when the locale is UTF-8 and ASCII was not forced: box-drawing and other Unicode glyphs show.
    public var utf8: Bool
    /// The size at start-up.
    public var size: TerminalSize
    /// `TERM` as curses saw it.
    public var termName: String
    /// Colour pairs available (0 in monochrome).
    public var colorPairs: Int

    public init(colorDepth: ColorDepth, utf8: Bool, size: TerminalSize, termName: String, colorPairs: Int) {
        self.colorDepth = colorDepth
        self.utf8 = utf8
        self.size = size
        self.termName = termName
        self.colorPairs = colorPairs
    }
}
