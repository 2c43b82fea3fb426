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
