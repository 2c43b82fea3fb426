import TerminalUI

/// A confirmation's box and buttons, as drawn and as clicked.
public struct DialogGeometry: Sendable, Equatable {
    /// A button of the dialog.
    public enum Button: Sendable, Equatable {
        case cancel, confirm
        /// The only button of a question whose target went.
        case close
    }

    public var box: Rect
    /// Inside the border, less a margin.
    public var inner: Rect
    /// The question's lines, wrapped to the box.
    public var lines: [String]
    public var buttons: [(button: Button, rect: Rect, label: String)]

    /// The gap between two buttons.
    static let gap = 3

    public init(_ c: Confirmation, in area: Rect) {
        if let gone = c.gone {
            lines = Self.goneLines(gone)
            let width = Self.questionWidth(lines.map { "  " + $0 }, in: area)
            lines = Self.wrapped(lines, width: width - 6)
            box = Self.box(width: width, height: 6 + lines.count, in: area)
            inner = box.inset(by: 1).inset(horizontal: 1, vertical: 0)
            buttons = Self.row([(.close, "[ Close ]")], in: inner)
            return
        }
        let width = Self.questionWidth(c.lines, in: area)
        lines = Self.wrapped(c.lines, width: width - 4)
        let extra = c.typeToConfirm == nil ? 0 : 2
        box = Self.box(width: width, height: 7 + lines.count + extra, in: area)
        inner = box.inset(by: 1).inset(horizontal: 1, vertical: 0)
        let verb = c.verb.split(separator: " ").first.map { $0.capitalized } ?? "OK"
        let cancel = c.confirmFocused ? "  Cancel  " : "[ Cancel ]"
        let ok = c.confirmFocused ? "[ \(verb) ]" : "  \(verb)  "
        buttons = Self.row([(.cancel, cancel), (.confirm, ok)], in: inner)
    }

    public static func == (a: DialogGeometry, b: DialogGeometry) -> Bool {
        a.box == b.box && a.inner == b.inner && a.lines == b.lines
            && a.buttons.map(\.button) == b.buttons.map(\.button) && a.buttons.map(\.rect) == b.buttons.map(\.rect)
    }

    /// Buttons centred on the line above the hint.
    static func row(_ labels: [(Button, String)], in inner: Rect) -> [(button: Button, rect: Rect, label: String)] {
        let total = labels.map { TextWidth.of($0.1) }.reduce(0, +) + gap * (labels.count - 1)
        var x = inner.x + max(0, inner.width - total) / 2
        return labels.map { b, label in
            defer { x += TextWidth.of(label) + gap }
            return (b, Rect(x: x, y: inner.maxY - 2, width: TextWidth.of(label), height: 1), label)
        }
    }

    /// A cleared box's place: centred, within the screen less a margin.
    static func box(width: Int, height: Int, in area: Rect) -> Rect {
        area.centered(width: min(width, area.width - 2), height: min(height, area.height - 2))
    }

    /// A question's box width: as wide as its longest line needs (60 at least, 90 at most), within the screen.
    static func questionWidth(_ lines: [String], in area: Rect) -> Int {
        min(area.width - 4, max(60, min(90, (lines.map(TextWidth.of).max() ?? 0) + 4)))
    }

    /// `lines` wrapped to `width` (nothing a question says is cut).
    static func wrapped(_ lines: [String], width: Int) -> [String] {
        lines.flatMap { TextWidth.wrap($0, width: max(10, width)) }
    }

    /// What a question whose target went says.
    static func goneLines(_ gone: String) -> [String] {
        [(gone.prefix(1).uppercased() + gone.dropFirst()) + " (it left the list while this was open).", "Nothing will be sent."]
    }
}
