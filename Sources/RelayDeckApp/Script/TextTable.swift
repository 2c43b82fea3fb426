/// A plain aligned table: columns separated by two spaces, a header row, no trailing spaces.
public struct TextTable: Sendable, Equatable {
    /// Column titles.
    public var headers: [String]
    /// Cells, row by row (each row as long as `headers`).
    public var rows: [[String]]

    /// A table of `rows` under `headers`.
    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }

    /// Aligned text, one line a row, ending with a newline.
    public func render() -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { i in all.map { $0.indices.contains(i) ? $0[i].count : 0 }.max() ?? 0 }
        return all.map { row in
            var line = ""
            for (i, cell) in row.enumerated() {
                let last = i == row.count - 1
                line += last ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV: CRLF line ends; fields with a comma, quote, CR or LF are quoted, quotes doubled.
    public func csv() -> String {
        ([headers] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field, quoted when it must be.
    public static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }

    /// The same table with every cell passed through `transform` (e.g. `UntrustedText.clean`).
    public func mapCells(_ transform: (String) -> String) -> TextTable {
        TextTable(headers: headers, rows: rows.map { $0.map(transform) })
    }
}
