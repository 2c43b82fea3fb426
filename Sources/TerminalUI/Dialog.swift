/// A modal box centred over the screen: title, wrapped message, and a row of buttons with one focused.
/// It clears what is behind it, so it is rendered last over the whole screen area.
public struct Dialog: Widget, Sendable, Hashable {
    /// The styles a dialog draws with.
    public struct Styles: Sendable, Hashable {
        public var body: Style
        public var border: Style
        public var title: Style
        public var button: Style
        public var focusedButton: Style

        /// Explicit styles.
        public init(body: Style = .plain, border: Style = Style(attributes: .bold), title: Style = Style(attributes: .bold),
                    button: Style = .plain, focusedButton: Style = Style(attributes: .reverse)) {
            self.body = body
            self.border = border
            self.title = title
            self.button = button
            self.focusedButton = focusedButton
        }

        /// The dialog, borderFocused, title, dialog and selection roles of `theme`; `danger` styles the border instead.
        public init(theme: Theme, danger: Bool = false) {
            self.init(body: theme.style(.dialog), border: theme.style(danger ? .danger : .borderFocused),
                      title: theme.style(danger ? .danger : .title), button: theme.style(.dialog),
                      focusedButton: theme.style(.selection))
        }
    }

    public var title: String
    public var message: [String]
    public var buttons: [String]
    public var focusedButton: Int
    public var styles: Styles
    public var glyphs: GlyphSet
    /// The widest the box gets, border included.
    public var maxWidth: Int

    /// A dialog; `message` lines are word-wrapped to the box.
    public init(title: String, message: [String], buttons: [String] = ["OK"], focusedButton: Int = 0,
                styles: Styles = Styles(), glyphs: GlyphSet = .unicode, maxWidth: Int = 60) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.focusedButton = focusedButton
        self.styles = styles
        self.glyphs = glyphs
        self.maxWidth = maxWidth
    }

    /// A button label: `[ OK ]`, or `< OK >` when focused, so focus shows without colour.
    public func buttonLabel(_ i: Int) -> String {
        i == focusedButton ? "< \(buttons[i]) >" : "[ \(buttons[i]) ]"
    }

    /// The box's rectangle when drawn over `area`.
    public func frame(in area: Rect) -> Rect {
        let buttonsWidth = buttons.indices.reduce(0) { $0 + TextWidth.of(buttonLabel($1)) } + max(0, buttons.count - 1) * 2
        let textWidth = message.map { TextWidth.of($0) }.max() ?? 0
        let inner = max(buttonsWidth, textWidth, TextWidth.of(title) + 4, 20)
        let width = min(inner + 4, maxWidth, area.width)
        let lines = Paragraph.wrap(message.joined(separator: "\n"), width: max(1, width - 4)).count
        return area.centered(width: width, height: lines + 4 + (buttons.isEmpty ? -1 : 0))
    }

    /// Draws the dialog centred in `area`, clearing the box first.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, with: Cell(" ", style: styles.body))
        Panel(title: title, focused: true, glyphs: glyphs, borderStyle: styles.border,
              focusedBorderStyle: styles.border, titleStyle: styles.title).render(box, into: &buffer)
        let inner = box.inset(horizontal: 2, vertical: 1)
        let text = Paragraph.wrap(message.joined(separator: "\n"), width: inner.width)
        let textRows = buttons.isEmpty ? inner.height : inner.height - 2
        for (i, line) in text.prefix(max(0, textRows)).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + i, style: styles.body, maxWidth: inner.width)
        }
        guard !buttons.isEmpty, inner.height >= 1 else { return }
        let labels = buttons.indices.map { buttonLabel($0) }
        let total = labels.reduce(0) { $0 + TextWidth.of($1) } + (labels.count - 1) * 2
        var x = inner.x + max(0, (inner.width - total) / 2)
        for (i, label) in labels.enumerated() {
            let style = i == focusedButton ? styles.focusedButton : styles.button
            x += buffer.write(label, x: x, y: inner.maxY - 1, style: style, maxWidth: inner.maxX - x) + 2
        }
    }
}
