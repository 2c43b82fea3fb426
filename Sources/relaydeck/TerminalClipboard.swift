import CursesBackend
import Dashboard
import DashboardRuntime
import FoundationEssentials
import TerminalUI

/// `y` in the dashboard: OSC 52 through the terminal (and through tmux or screen when inside one); inside tmux the
/// text is also handed to tmux itself, which its default `set-clipboard external` needs.
struct TerminalClipboard: ClipboardWriting {
    let passthrough: Clipboard.Passthrough

    func copy(_ text: String) throws -> CopyReceipt {
        guard let seq = Clipboard.sequence(for: text, passthrough: passthrough) else {
            throw ClipboardRefusal(bytes: text.utf8.count)
        }
        let tmux = passthrough == .tmux && Self.loadTmuxBuffer(text)
        // OSC 52 moves no cursor and draws nothing, so it may go out between two curses frames.
        TerminalOutput.writeBetweenFrames(Array(seq.utf8))
        return CopyReceipt(text: text, tmuxBuffer: tmux, terminal: true)
    }

    /// `tmux load-buffer -w -` with the text on its standard input (never in arguments, where `ps` shows them): into
    /// tmux's paste buffer, and with `-w` on to the outer terminal's clipboard where tmux may. tmux before 3.2 has
    /// no `-w`: then the buffer alone. True when tmux took it.
    static func loadTmuxBuffer(_ text: String) -> Bool {
        for args in [["load-buffer", "-w", "-"], ["load-buffer", "-"]] {
            if ChildProcess.run(["tmux"] + args, input: Array(text.utf8)) == 0 { return true }
        }
        return false
    }
}

/// Text the clipboard sequence cannot carry.
struct ClipboardRefusal: Error, CustomStringConvertible {
    var bytes: Int
    var description: String {
        bytes == 0 ? "nothing to copy" : "too long to copy (\(bytes) bytes; at most \(Clipboard.maxBytes))"
    }
}
