import Dashboard

/// Puts text on the user's clipboard (OSC 52 through the terminal; tmux's buffer inside tmux; in the executable).
public protocol ClipboardWriting: Sendable {
    /// Sends `text` and says where it went; throws when it cannot be sent (too large, empty).
    func copy(_ text: String) throws -> CopyReceipt
}
