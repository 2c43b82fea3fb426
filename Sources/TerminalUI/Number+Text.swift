/// Numbers as fixed texts, what `String(format:)` did before the binary left Foundation: no locale, no formatter.
extension Double {
    /// The number with `digits` decimals (`%.1f`): ties to even, as printf; `nan`, `inf` and `-inf` as printf writes them.
    public func fixed(_ digits: Int) -> String {
        guard isFinite else { return isNaN ? "nan" : (self < 0 ? "-inf" : "inf") }
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        let scaled = (abs(self) * scale).rounded(.toNearestOrEven)
        // Beyond 2^63 an integer cannot hold it: the plain description is as exact as the double.
        guard scaled < 9.2e18 else { return "\(self)" }
        let whole = UInt64(scaled)
        let unit = UInt64(scale)
        let sign = self < 0 && whole > 0 ? "-" : ""
        guard digits > 0 else { return sign + "\(whole)" }
        return sign + "\(whole / unit)." + (whole % unit).padded(digits)
    }
}

extension BinaryInteger {
    /// At least `width` digits, zeros in front (`%02d`); a minus sign before them.
    public func padded(_ width: Int) -> String {
        let digits = String(self.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (self < 0 ? "-" : "") + zeros + digits
    }
}

extension StringProtocol {
    /// The text without white space (spaces, tabs, line ends) at either end.
    public func trimmed() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
