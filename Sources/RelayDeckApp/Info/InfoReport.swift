import Dashboard
import EdgegapAPI
import FoundationEssentials

/// `relaydeck info`: version, paths, the profile in use (the key described, never shown) and the terminal.
public struct InfoReport: Sendable {
    /// The XDG paths.
    public var paths: RelayDeckPaths
    /// The profile, or the configuration problem that prevented resolving it.
    public var profile: Result<ResolvedProfile, ConfigError>
    /// The key's state: `available`, or why not (never the key).
    public var keyStatus: String
    /// Warnings about files open to others.
    public var warnings: [String]
    /// The terminal as seen without curses.
    public var terminal: TerminalProbe

    /// Builds the report: resolves the flags, and checks the key can be loaded (then drops it).
    public init(resolver: ProfileResolver, flags: ProfileOverrides, terminal: TerminalProbe) {
        paths = resolver.paths
        self.terminal = terminal
        warnings = []
        keyStatus = "-"
        do {
            let p = try resolver.resolve(flags)
            profile = .success(p)
            warnings = p.warnings
            do {
                warnings += try KeyLoader(environment: resolver.environment).load(p.keySource).warnings
                keyStatus = "available (redacted)"
            } catch let e as KeyError {
                keyStatus = "unavailable: \(e.source) \(e.problem)"
                warnings += KeyLoader(environment: resolver.environment).warnings(for: p.keySource)
            } catch {
                keyStatus = "unavailable"
            }
        } catch let e as ConfigError {
            profile = .failure(e)
        } catch {
            profile = .failure(ConfigError(file: resolver.paths.configFile, keyPath: "", problem: "\(error)"))
        }
    }

    /// True when the profile could not be resolved (the command exits 2).
    public var failed: Bool {
        if case .failure = profile { true } else { false }
    }

    /// The report as aligned `label  value` lines (values cleaned of control characters).
    public func render() -> String {
        var rows: [(String, String)] = [("version", RelayDeckVersion.current)]
        let configState = profileConfigState
        rows.append(("config", "\(paths.configFile) (\(configState))"))
        rows.append(("log", paths.logFile))
        rows.append(("audit", paths.auditFile))
        switch profile {
        case .success(let p):
            rows.append(("profile", p.fromConfig ? p.name : "\(p.name) (no profile: built-in defaults)"))
            rows.append(("api url", p.apiURL))
            rows.append(("api key", "from \(p.keySource): \(keyStatus)"))
            rows.append(("refresh", "\(p.refresh)s"))
            rows.append(("theme", p.theme))
            rows.append(("read only", p.readOnly ? "yes" : "no"))
            rows.append(("production", p.production ? "yes" : "no"))
        case .failure(let e):
            rows.append(("profile", "error: \(e)"))
        }
        rows.append(("TERM", terminal.term ?? "(unset)"))
        rows.append(("COLORTERM", terminal.colorTerm ?? "(unset)"))
        rows.append(("NO_COLOR", terminal.noColor ? "set (no colour)" : "(unset)"))
        rows.append(("locale", (terminal.locale ?? "(unset)") + (terminal.utf8 ? " (UTF-8)" : " (not UTF-8: ASCII glyphs)")))
        rows.append(("size", terminal.size.map { "\($0.columns)x\($0.rows)" } ?? (terminal.stdoutIsTTY ? "unknown" : "(stdout is not a terminal)")))
        for w in warnings { rows.append(("warning", w)) }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: max(0, width - $0.0.count)) + "  " + UntrustedText.clean($0.1, limit: 400) }.joined(separator: "\n") + "\n"
    }

    private var profileConfigState: String {
        switch profile {
        case .success(let p): p.configFound ? "found" : "not found: using defaults"
        case .failure: "see the profile line"
        }
    }
}
