/// One footer hint: a key and what it does.
public struct KeyHint: Sendable, Hashable {
    public var key: String
    public var description: String

    /// A hint such as `q` "quit".
    public init(_ key: String, _ description: String) {
        self.key = key
        self.description = description
    }

    /// Columns the hint needs ("key description").
    public var width: Int { TextWidth.of(key) + 1 + TextWidth.of(description) }
}

/// A footer of key hints: the key styled, then its description; hints that do not fit are dropped from the end,
/// and the help hint stays last whenever it fits at all.
public struct KeyHints: Widget, Sendable, Hashable {
    public var hints: [KeyHint]
    /// Kept last, after dropping others first ("? help").
    public var help: KeyHint?
    public var keyStyle: Style
    public var descriptionStyle: Style
    /// Blank columns between hints.
    public var spacing: Int

    /// A footer with explicit styles.
    public init(_ hints: [KeyHint], help: KeyHint? = KeyHint("?", "help"), keyStyle: Style = Style(attributes: .bold),
                descriptionStyle: Style = .plain, spacing: Int = 2) {
        self.hints = hints
        self.help = help
        self.keyStyle = keyStyle
        self.descriptionStyle = descriptionStyle
        self.spacing = spacing
    }

    /// A footer styled by `theme` (keyHintKey and keyHint roles).
    public init(_ hints: [KeyHint], help: KeyHint? = KeyHint("?", "help"), theme: Theme) {
        self.init(hints, help: help, keyStyle: theme.style(.keyHintKey), descriptionStyle: theme.style(.keyHint))
    }

    /// The hints that fit in `width` columns, in drawing order.
    public func visibleHints(width: Int) -> [KeyHint] {
        let helpWidth = help.map { $0.width } ?? 0
        var shown: [KeyHint] = [], used = 0
        if help != nil, helpWidth > width { return fitting(hints, width: width) }
        let budget = help == nil ? width : width - helpWidth - (hints.isEmpty ? 0 : spacing)
        for hint in hints {
            let need = (shown.isEmpty ? 0 : spacing) + hint.width
            if used + need > budget { break }
            shown.append(hint)
            used += need
        }
        if let help { shown.append(help) }
        return shown
    }

    /// The leading hints of `list` that fit in `width`.
    private func fitting(_ list: [KeyHint], width: Int) -> [KeyHint] {
        var shown: [KeyHint] = [], used = 0
        for hint in list {
            let need = (shown.isEmpty ? 0 : spacing) + hint.width
            if used + need > width { break }
            shown.append(hint)
            used += need
        }
        return shown
    }

    /// Draws the fitting hints on the first row of `area`.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        var x = area.x
        for (i, hint) in visibleHints(width: area.width).enumerated() {
            if i > 0 { x += spacing }
            x += buffer.write(hint.key, x: x, y: area.y, style: keyStyle, maxWidth: area.maxX - x)
            x += buffer.write(" " + hint.description, x: x, y: area.y, style: descriptionStyle, maxWidth: area.maxX - x)
        }
    }
}
