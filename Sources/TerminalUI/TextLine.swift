/// One line of styled spans, truncated with an ellipsis when it does not fit.
public struct TextLine: Widget, Sendable, Hashable {
    public var spans: [Span]
    public var alignment: Alignment
    public var ellipsis: String

    /// A line made of `spans`.
    public init(_ spans: [Span], alignment: Alignment = .left, ellipsis: String = "…") {
        self.spans = spans
        self.alignment = alignment
        self.ellipsis = ellipsis
    }

    /// A line of one style.
    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left, ellipsis: String = "…") {
        self.init([Span(text, style: style)], alignment: alignment, ellipsis: ellipsis)
    }

    /// Columns the whole line needs.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// Draws the line on the first row of `area`.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let fitted = fittedSpans(to: area.width)
        let used = fitted.reduce(0) { $0 + $1.width }
        let gap = area.width - used
        var x: Int
        switch alignment {
        case .left: x = area.x
        case .right: x = area.x + gap
        case .center: x = area.x + gap / 2
        }
        for span in fitted {
            x += buffer.write(span.text, x: x, y: area.y, style: span.style, maxWidth: area.maxX - x)
        }
    }

    /// The spans cut to `width` columns, the last one ending in the ellipsis when something was cut.
    public func fittedSpans(to width: Int) -> [Span] {
        guard width > 0 else { return [] }
        if self.width <= width { return spans }
        let ew = TextWidth.of(ellipsis)
        let room = ew < width ? width - ew : width
        var out: [Span] = [], used = 0
        for span in spans {
            if used >= room { break }
            let cut = TextWidth.truncate(span.text, to: room - used, ellipsis: "")
            out.append(Span(cut, style: span.style))
            used += TextWidth.of(cut)
            if cut.count < span.text.count { break }
        }
        if ew < width {
            let style = out.last?.style ?? spans.first?.style ?? .plain
            out.append(Span(ellipsis, style: style))
        }
        return out
    }
}
