/// Puts text on the user's clipboard (OSC 52 through the terminal, in the executable).
public protocol ClipboardWriting: Sendable {
    /// Sends `text`; throws when it cannot be sent (too large, empty).
    func copy(_ text: String) throws
}
