import Dashboard
import EdgegapAPI
import Logging

/// The scripting commands' logic, over any P2P API: reads print tables, JSON or CSV; mutations are confirmed and audited.
public struct ScriptRunner: Sendable {
    /// The API (the same client the dashboard uses, or the emulator in tests).
    public var api: any P2PAPI
    /// How results are printed.
    public var format: OutputFormat
    /// When true, every API string in table and CSV output goes through `UntrustedText.clean`.
    public var stdoutIsTerminal: Bool
    /// Where each mutation's outcome is logged (the log file in the executable; nowhere by default).
    public var logger: Logger

    /// A runner printing in `format`.
    public init(api: any P2PAPI, format: OutputFormat = .table, stdoutIsTerminal: Bool = false,
                logger: Logger = Logger(label: "relaydeck.script") { _ in SwiftLogNoOpLogHandler() }) {
        self.api = api
        self.format = format
        self.stdoutIsTerminal = stdoutIsTerminal
        self.logger = logger
    }

    /// Runs `call`, turning an `APIError` (or any other failure) into the matching output.
    func attempt(_ call: () async throws -> ScriptOutput) async -> ScriptOutput {
        do { return try await call() } catch let e as APIError { return .failure(e) } catch is CancellationError {
            return .failure(.cancelled)
        } catch {
            return .failure(.transport(.other, detail: UntrustedText.clean(String(describing: error), limit: 200)))
        }
    }

    /// The table as text in the runner's format (cells cleaned on a terminal).
    func text(_ table: TextTable) -> String {
        let shown = stdoutIsTerminal ? table.mapCells { UntrustedText.clean($0) } : table
        return format == .csv ? shown.csv() : shown.render()
    }
}
