/// Where copied text went: said to the user as it is, since whether a terminal honours OSC 52 cannot be seen.
public struct CopyReceipt: Sendable, Equatable {
    /// The text copied.
    public var text: String
    /// Handed to tmux (`tmux load-buffer -w -`): in its paste buffer (prefix-]), and passed on to the outer
    /// terminal's clipboard where tmux may.
    public var tmuxBuffer: Bool
    /// Written to the terminal as OSC 52 (through tmux's passthrough when inside tmux).
    public var terminal: Bool

    public init(text: String, tmuxBuffer: Bool = false, terminal: Bool = true) {
        self.text = text
        self.tmuxBuffer = tmuxBuffer
        self.terminal = terminal
    }

    /// `copied 8c05…-S: in tmux's buffer (prefix ]) and sent to the terminal clipboard (OSC 52)`.
    var words: String {
        var places: [String] = []
        if tmuxBuffer { places.append("in tmux's buffer (prefix ])") }
        if terminal { places.append("sent to the terminal clipboard (OSC 52)") }
        // Several lines (a burst's ids, one a line) are counted: the message line is one line.
        let lines = text.split(separator: "\n")
        let what = lines.count > 1 ? "\(lines.count) lines (\(UntrustedText.clean(String(lines[0]), limit: 40)), \u{2026})"
            : UntrustedText.clean(text, limit: 60)
        return "copied \(what): " + places.joined(separator: " and ")
    }
}
