import ArgumentParser
import FoundationEssentials
import RelayDeckApp

extension RelayDeck {
    /// The flags that override the profile.
    var overrides: ProfileOverrides {
        var o = ProfileOverrides(profile: profile, apiURL: apiURL, apiKeyFile: apiKeyFile, refresh: refresh, timeout: timeout,
                                 theme: theme, readOnly: readOnly, crawlRate: crawlRate)
        o.notify = notify?.channels
        return o
    }

    /// The profile in effect, or exit 2 with the configuration problem on stderr.
    func resolvedProfile() throws -> ResolvedProfile {
        do { return try ProfileResolver().resolve(overrides) } catch { throw Self.configurationFailure(error) }
    }

    /// Prints `relaydeck: <problem>` to stderr and returns the exit code for configuration problems (2).
    static func configurationFailure(_ error: any Error) -> ExitCode {
        Stdio.err("relaydeck: \(error)\n")
        return ExitCode(ScriptExit.usage.rawValue)
    }

    /// Writes each warning to stderr.
    static func warn(_ warnings: [String]) {
        for w in warnings { Stdio.err("relaydeck: \(w)\n") }
    }
}
