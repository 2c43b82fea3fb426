import Dashboard
import DashboardRuntime
import EdgegapAPI
import FoundationEssentials

/// Writes the dashboard's export requests into `<state dir>/exports/`, as the scripting commands would print them.
public struct ViewExport: Sendable {
    /// The folder exports go to (created with mode 0700).
    public var directory: String

    public init(directory: String) { self.directory = directory }

    /// Writes `request` to a new timestamped file and returns its path.
    public func write(_ request: ExportRequest, now: Date = Date()) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let stamp = Self.stamp(now)
        let (name, text): (String, String) = switch (request.rows, request.format) {
        case (.sessions(let s), .csv): ("sessions", ModelTables.sessions(s).csv())
        case (.sessions(let s), .json): ("sessions", try WireJSON.text(s))
        case (.lobbies(let l), .csv): ("lobbies", ModelTables.lobbies(l).csv())
        case (.lobbies(let l), .json): ("lobbies", try WireJSON.text(l))
        case (.problems(let p), .csv): ("problems", ModelTables.problems(p).csv())
        case (.problems(let p), .json): ("problems", try WireJSON.text(p))
        case (.fleetSearch(let h), .csv): ("search", ModelTables.fleetHits(h).csv())
        case (.fleetSearch(let h), .json): ("search", try WireJSON.text(h))
        case (.events(let e, _), .csv): ("events", ModelTables.events(e).csv())
        case (.events(let e, let profile), .json): ("events", "[" + e.map { $0.jsonLine(profile: profile) }.joined(separator: ",\n") + "]\n")
        }
        let path = "\(directory)/\(name)-\(stamp).\(request.format.rawValue)"
        try PrivateFile.create(path, with: text.utf8)
        return path
    }

    /// `20261129-031502` in UTC (sortable, no colons).
    static func stamp(_ d: Date) -> String {
        let t = TimeStamp.parts(d)
        return "\(t.year.padded(4))\(t.month.padded(2))\(t.day.padded(2))-\(t.hour.padded(2))\(t.minute.padded(2))\(t.second.padded(2))-\(t.millisecond.padded(3))"
    }
}

extension ViewExport: ExportWriting {
    /// Writes `request` to a new file stamped with the current time.
    public func write(_ request: ExportRequest) throws -> String { try write(request, now: Date()) }
}
