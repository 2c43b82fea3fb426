/// How a scripting command prints what it got.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// A plain aligned table (strings cleaned when stdout is a terminal).
    case table
    /// The API's JSON: the models re-encoded with their wire names, keys sorted.
    case json
    /// RFC 4180 CSV with a header row.
    case csv
}
