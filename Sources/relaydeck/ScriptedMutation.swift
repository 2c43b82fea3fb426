import ArgumentParser
import Dashboard
import RelayDeckApp

/// A scripting subcommand that sends one audited mutation: each command says which (`request`); checking it
/// before anything is sent, confirming and sending are shared.
protocol ScriptedMutation: AsyncParsableCommand {
    var root: RelayDeck { get }
    /// Confirmed on the command line (`--yes`).
    var yes: Bool { get }
    var output: FormatOptions { get }
    /// The mutation, or why the arguments do not make one.
    var request: Result<Mutation, UsageProblem> { get }
}

extension ScriptedMutation {
    func validate() throws {
        if case .failure(let problem) = request { throw ValidationError(problem.description) }
    }

    func run() async throws {
        try await ScriptLauncher.mutate(root, format: output.format, yes: yes, request)
    }
}
