/// Something that draws itself into a rectangle of a buffer; it never draws outside `area`.
public protocol Widget {
    /// Draws into `area` of `buffer`.
    func render(_ area: Rect, into buffer: inout Buffer)
}

extension Buffer {
    /// Renders `widget` into `area` (`buffer.render(panel, in: r)` reads better than the reverse).
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(area.intersection(self.area), into: &self)
    }
}
