/// A one-cell activity indicator whose frame comes from an integer tick; drawn only while work is pending.
public struct Spinner: Widget, Sendable, Hashable {
    public var tick: Int
    public var pending: Bool
    public var label: String?
    public var glyphs: GlyphSet
    public var style: Style

    /// A spinner at `tick`; nothing is drawn unless `pending`.
    public init(tick: Int, pending: Bool, label: String? = nil, glyphs: GlyphSet = .unicode, style: Style = .plain) {
        self.tick = tick
        self.pending = pending
        self.label = label
        self.glyphs = glyphs
        self.style = style
    }

    /// The frame for the current tick, or nil when idle.
    public var frame: Character? {
        guard pending, !glyphs.spinner.isEmpty else { return nil }
        let n = glyphs.spinner.count
        return glyphs.spinner[((tick % n) + n) % n]
    }

    /// Draws the frame (and label) on the first row of `area` when pending.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard let frame, !area.isEmpty else { return }
        let text = label.map { "\(frame) \($0)" } ?? String(frame)
        buffer.write(TextWidth.truncate(text, to: area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y,
                     style: style, maxWidth: area.width)
    }
}
