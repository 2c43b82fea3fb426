/// Where text sits inside a wider cell range.
public enum Alignment: Sendable, Hashable {
    case left, center, right
}

extension TextWidth {
    /// The longest prefix of `s` that fits in `width` columns, followed by `ellipsis` when anything was cut.
    /// When even the ellipsis does not fit, the plain prefix is returned.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        let ew = of(ellipsis)
        let room = ew < width ? width - ew : width
        var out = "", used = 0
        for g in s {
            let w = of(g)
            if used + w > room { break }
            out.append(g)
            used += w
        }
        return ew < width ? out + ellipsis : out
    }

    /// `s` truncated to `width` columns and padded with spaces to exactly `width` columns.
    public static func fit(_ s: String, to width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let t = truncate(s, to: width, ellipsis: ellipsis)
        let gap = width - of(t)
        guard gap > 0 else { return t }
        switch alignment {
        case .left: return t + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + t
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + t + String(repeating: " ", count: gap - left)
        }
    }
}

extension TextWidth {
    /// `s` broken into lines of at most `width` cells: at spaces where it can, inside a word longer than a line where it
    /// must (an IPv6 address, a URL). Nothing is dropped; an empty string is one empty line.
    public static func wrap(_ s: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = "", lineWidth = 0
        func flush() {
            lines.append(line)
            line = ""
            lineWidth = 0
        }
        for word in s.split(separator: " ", omittingEmptySubsequences: false) {
            let w = of(word)
            if lineWidth > 0 && lineWidth + 1 + w <= width {
                line += " " + word
                lineWidth += 1 + w
                continue
            }
            if lineWidth > 0 { flush() }
            // A word wider than a line is cut at the line's width.
            var rest = Substring(word)
            while of(rest) > width {
                var piece = "", pw = 0
                while let c = rest.first, pw + of(c) <= width {
                    piece.append(c)
                    pw += of(c)
                    rest = rest.dropFirst()
                }
                if piece.isEmpty, let c = rest.first { piece.append(c); rest = rest.dropFirst() }
                lines.append(piece)
            }
            line = String(rest)
            lineWidth = of(rest)
        }
        flush()
        return lines
    }
}
