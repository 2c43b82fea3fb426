import ArgumentParser
import RelayDeckApp

/// `relaydeck info`: version, config and state paths, the profile in use (key redacted), terminal capabilities.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the version, paths, the profile in use and what the terminal offers.",
        discussion: "The API key is never printed: only where it is read from and whether it is there. " + ScriptExit.helpText)

    // --profile, --api-key-file, --api-url … belong to the root command, which takes them anywhere on the line.
    @ParentCommand var root: RelayDeck

    func run() throws {
        let report = InfoReport(resolver: ProfileResolver(), flags: root.overrides, terminal: .current())
        print(report.render(), terminator: "")
        if report.failed { throw ExitCode(ScriptExit.usage.rawValue) }
    }
}
