import EdgegapAPI

/// Work the reducer asks for, as values: the runtime performs it and answers with actions.
public enum Effect: Sendable, Equatable {
    case fetchSessions(generation: Int, page: Int, limit: Int)
    case fetchSession(generation: Int, id: String)
    case fetchLobbies(generation: Int)
    /// Asks for the smallest page there is, to learn whether the API answers again (see `Probe`).
    case probe(generation: Int)
    /// Runs a mutation once. Never retried: the outcome is reported as it is.
    case mutate(Mutation)
    /// Fires `.timerFired(id, …)` after `seconds` (the runtime adds jitter to polls); replaces a running one.
    case schedule(TimerID, seconds: Double)
    case cancelTimer(TimerID)
    /// Copies text to the clipboard (OSC 52).
    case copy(String)
    /// Reads the newest audit records (answered with `.auditLoaded`).
    case loadAudit
    /// Switches to another configured profile: new API, new settings, fresh panes.
    case switchProfile(String)
    /// Writes what the focused pane shows (filter and sort applied) to a file.
    case export(ExportRequest)
    case quit
}

/// What to export and how: the rows as shown, CSV or JSON.
public struct ExportRequest: Sendable, Equatable {
    /// The rows of one pane.
    public enum Rows: Sendable, Equatable {
        case sessions([RelaySession])
        case lobbies([Lobby])
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
        }
    }
}
