import Dashboard

/// Writes an export file (the runner is handed one; the files live with the executable).
public protocol ExportWriting: Sendable {
    /// Writes `request` and returns the file's path.
    func write(_ request: ExportRequest) throws -> String
}
