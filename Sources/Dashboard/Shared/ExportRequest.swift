import EdgegapAPI

/// What to export and how: the rows as shown, CSV or JSON.
public struct ExportRequest: Sendable, Equatable {
    /// The rows of one pane.
    public enum Rows: Sendable, Equatable {
        case sessions([RelaySession])
        case lobbies([Lobby])
        /// The problems view.
        case problems([ProblemExport])
        /// A fleet search's results, each with its page.
        case fleetSearch([FleetHit])
        /// The timeline as listed, newest first, with the profile the events are of.
        case events([Event], profile: String)
    }

    /// The file format.
    public enum Format: String, Sendable, Equatable { case csv, json }

    public var rows: Rows
    public var format: Format

    public init(rows: Rows, format: Format) {
        self.rows = rows
        self.format = format
    }

    /// How many rows go out.
    public var count: Int {
        switch rows {
        case .sessions(let s): s.count
        case .lobbies(let l): l.count
        case .problems(let p): p.count
        case .fleetSearch(let h): h.count
        case .events(let e, _): e.count
        }
    }
}
