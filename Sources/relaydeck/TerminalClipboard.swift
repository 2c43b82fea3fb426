import CursesBackend
import DashboardRuntime
import TerminalUI

/// `y` in the dashboard: OSC 52 through the terminal (and through tmux or screen when inside one).
struct TerminalClipboard: ClipboardWriting {
    let passthrough: Clipboard.Passthrough

    func copy(_ text: String) throws {
        guard let seq = Clipboard.sequence(for: text, passthrough: passthrough) else {
            throw ClipboardRefusal(bytes: text.utf8.count)
        }
        // OSC 52 moves no cursor and draws nothing, so it may go out between two curses frames.
        TerminalOutput.writeBetweenFrames(Array(seq.utf8))
    }
}

/// Text the clipboard sequence cannot carry.
struct ClipboardRefusal: Error, CustomStringConvertible {
    var bytes: Int
    var description: String {
        bytes == 0 ? "nothing to copy" : "too long to copy (\(bytes) bytes; at most \(Clipboard.maxBytes))"
    }
}
