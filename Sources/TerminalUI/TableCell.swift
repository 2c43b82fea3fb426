/// The text of one table cell and an optional style of its own (otherwise the row's style applies).
public struct TableCell: Sendable, Hashable, ExpressibleByStringInterpolation {
    public var text: String
    public var style: Style?

    /// A cell of `text`, styled by `style` or, when nil, by its row.
    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    /// An unstyled cell from a literal.
    public init(stringLiteral value: String) { self.init(value) }
}

extension Table {
    /// How wide a column is.
    public enum ColumnWidth: Sendable, Hashable {
        /// Exactly `n` columns.
        case fixed(Int)
        /// A share of the free space proportional to `weight`.
        case flex(Int)
        /// At least `n` columns, growing like `.flex(1)`.
        case min(Int)
    }

    /// A column: its header title, width rule and alignment.
    public struct Column: Sendable, Hashable {
        public var title: String
        public var width: ColumnWidth
        public var alignment: Alignment

        /// A column headed `title`.
        public init(_ title: String, width: ColumnWidth = .flex(1), alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    /// One row: its cells, left to right, and an optional style for the whole row.
    public struct Row: Sendable, Hashable {
        public var cells: [TableCell]
        public var style: Style?
        /// Marked for a bulk action: a mark in the gutter, beside the selection's.
        public var marked = false

        /// A row of `cells`.
        public init(_ cells: [TableCell], style: Style? = nil) {
            self.cells = cells
            self.style = style
        }
    }

    /// Which column the rows are sorted by, and in which direction.
    public struct Sort: Sendable, Hashable {
        public var column: Int
        public var ascending: Bool

        /// Sorted by `column`.
        public init(column: Int, ascending: Bool = true) {
            self.column = column
            self.ascending = ascending
        }
    }

    /// The styles a table draws with.
    public struct Styles: Sendable, Hashable {
        public var text: Style
        public var header: Style
        public var selection: Style
        public var muted: Style

        /// Explicit styles.
        public init(text: Style = .plain, header: Style = Style(attributes: .bold),
                    selection: Style = Style(attributes: .reverse), muted: Style = Style(attributes: .dim)) {
            self.text = text
            self.header = header
            self.selection = selection
            self.muted = muted
        }

        /// The text, header, selection and muted roles of `theme`.
        public init(theme: Theme) {
            self.init(text: theme.style(.text), header: theme.style(.header),
                      selection: theme.style(.selection), muted: theme.style(.muted))
        }
    }
}
