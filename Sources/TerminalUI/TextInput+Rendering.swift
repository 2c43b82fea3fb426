extension TextInput {
    /// The styles a text field draws with.
    public struct Styles: Sendable, Hashable {
        public var text: Style
        public var cursor: Style
        public var placeholder: Style
        public var error: Style

        /// Explicit styles.
        public init(text: Style = .plain, cursor: Style = Style(attributes: .reverse),
                    placeholder: Style = Style(attributes: .dim), error: Style = Style(attributes: [.bold, .underline])) {
            self.text = text
            self.cursor = cursor
            self.placeholder = placeholder
            self.error = error
        }

        /// The input, muted and inputError roles of `theme`; the cursor is the input style reversed.
        public init(theme: Theme) {
            self.init(text: theme.style(.input), cursor: theme.style(.input).adding(.reverse),
                      placeholder: theme.style(.muted), error: theme.style(.inputError))
        }
    }

    /// The index of the first grapheme shown in `width` columns so the cursor cell stays visible.
    public func scrollStart(width: Int) -> Int {
        guard width > 0 else { return cursor }
        var start = cursor, used = 1  // the cursor cell itself
        while start > 0 {
            let w = TextWidth.of(characters[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        return start
    }

    /// Draws the field on the first row of `area` (the cursor as a reversed cell when focused) and
    /// `error`, if any, on the second row.
    public func render(_ area: Rect, into buffer: inout Buffer, styles: Styles = Styles(), focused: Bool = true,
                       placeholder: String? = nil, error: String? = nil) {
        guard !area.isEmpty else { return }
        buffer.fill(area.row(0), with: Cell(" ", style: styles.text))
        if characters.isEmpty, let placeholder, !focused || area.width > 1 {
            let x = focused ? area.x + 1 : area.x
            buffer.write(placeholder, x: x, y: area.y, style: styles.placeholder, maxWidth: area.maxX - x)
        }
        let start = focused ? scrollStart(width: area.width) : 0
        var x = area.x
        for i in start..<characters.count {
            let w = TextWidth.of(characters[i])
            if x + w > area.maxX { break }
            let style = focused && i == cursor ? styles.cursor : styles.text
            x += buffer.write(String(characters[i]), x: x, y: area.y, style: style, maxWidth: area.maxX - x)
        }
        if focused, cursor == characters.count, x < area.maxX {
            buffer[x, area.y] = Cell(" ", style: styles.cursor)
        }
        if let error, area.height > 1 {
            TextLine(error, style: styles.error).render(area.row(1), into: &buffer)
        }
    }
}
