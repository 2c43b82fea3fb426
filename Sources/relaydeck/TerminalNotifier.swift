import CursesBackend
import Dashboard
import DashboardRuntime
import Synchronization
import TerminalUI

/// Alerts that reach an operator looking at another window: BEL (tmux's monitor-bell flags the window), OSC 9 and
/// OSC 777 desktop notifications — inside tmux also in its passthrough wrapper (`allow-passthrough on`) — and the
/// terminal's title, whose old value comes back on exit (the xterm title stack, which tmux keeps too).
final class TerminalNotifier: Notifying {
    let tmux: Bool
    private let titled = Mutex(false)

    init(environment: [String: String]) {
        tmux = Clipboard.Passthrough.detect(environment) == .tmux
    }

    func notify(_ notice: Notice) {
        TerminalOutput.writeBetweenFrames(Array(Self.bytes(notice, channels: notice.channels, tmux: tmux).utf8))
    }

    func title(_ text: String) {
        // The first title pushes the one there was, so `restore` can put it back.
        let push = titled.withLock { was in defer { was = true }; return !was } ? "\u{1B}[22;0t" : ""
        TerminalOutput.writeBetweenFrames(Array((push + "\u{1B}]2;\(Self.safe(text))\u{07}").utf8))
    }

    /// Puts the title back (on exit), when this notifier changed it.
    func restore() {
        guard titled.withLock({ $0 }) else { return }
        TerminalOutput.writeBetweenFrames(Array("\u{1B}[23;0t".utf8))
    }

    /// The bytes a notice is, for `channels`: BEL; `ESC ] 9 ; body BEL`; `ESC ] 777 ; notify ; title ; body BEL`; inside
    /// tmux each OSC also as `ESC P tmux; … ESC \` with every ESC doubled (plain OSCs do not get through tmux).
    static func bytes(_ notice: Notice, channels: Set<NotifyChannel>, tmux: Bool) -> String {
        var out = channels.contains(.bell) ? "\u{07}" : ""
        var oscs: [String] = []
        if channels.contains(.osc9) { oscs.append("\u{1B}]9;\(safe(notice.body))\u{07}") }
        if channels.contains(.osc777) { oscs.append("\u{1B}]777;notify;\(safe(notice.title, semicolons: false));\(safe(notice.body))\u{07}") }
        for osc in oscs {
            out += osc
            if tmux { out += "\u{1B}Ptmux;" + osc.unicodeScalars.map { $0 == "\u{1B}" ? "\u{1B}\u{1B}" : String($0) }.joined() + "\u{1B}\\" }
        }
        return out
    }

    /// Text fit for an OSC: no control byte (one would end or break the sequence), and no `;` where it separates fields.
    static func safe(_ s: String, semicolons: Bool = true) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.compactMap { u -> Unicode.Scalar? in
            if u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) { return " " }
            return !semicolons && u == ";" ? "," : u
        }))
    }
}
