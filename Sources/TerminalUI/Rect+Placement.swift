extension Rect {
    /// A `width`×`height` rectangle centred in this one (clipped to it), for dialogs.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = Swift.min(Swift.max(0, w), width)
        let ch = Swift.min(Swift.max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// Shrunk by separate horizontal and vertical margins.
    public func inset(horizontal dx: Int, vertical dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }
}
