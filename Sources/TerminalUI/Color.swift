/// A terminal colour as a theme names it; the backend down-samples to what the terminal has.
public enum Color: Sendable, Hashable {
    /// The terminal's own default foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0–15).
    case ansi(UInt8)
    /// An xterm 256-colour index.
    case indexed(UInt8)
    /// 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}
