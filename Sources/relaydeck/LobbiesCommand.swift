import ArgumentParser
import Dashboard
import RelayDeckApp

/// `relaydeck lobbies …`: list, show, create, deploy, terminate and delete lobbies from scripts.
struct LobbiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lobbies", abstract: "List, show, create, deploy, terminate and delete lobbies.",
        discussion: "Uses the same profiles, key sources and audit log as the dashboard. Mutations need --yes when "
            + "standard input is not a terminal. " + ScriptExit.helpText,
        subcommands: [List.self, Get.self, Change<Create>.self, Change<Deploy>.self, Change<Terminate>.self, Change<Delete>.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List lobbies (--json prints an array).", discussion: ScriptExit.helpText)
        @ParentCommand var root: RelayDeck
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await ScriptLauncher.run(root, format: output.format) { r, _ in await r.listLobbies() }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one lobby.", discussion: ScriptExit.helpText)
        @ParentCommand var root: RelayDeck
        @Argument(help: "Lobby name.") var name: String
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await ScriptLauncher.run(root, format: output.format) { r, _ in await r.getLobby(name: name) }
        }
    }

    /// A lobby verb as a type, so one command struct serves create, deploy, terminate and delete.
    protocol Verb: Sendable { static var verb: MutationRequest.LobbyVerb { get } }
    enum Create: Verb { static let verb = MutationRequest.LobbyVerb.create }
    enum Deploy: Verb { static let verb = MutationRequest.LobbyVerb.deploy }
    enum Terminate: Verb { static let verb = MutationRequest.LobbyVerb.terminate }
    enum Delete: Verb { static let verb = MutationRequest.LobbyVerb.delete }

    struct Change<V: Verb>: ScriptedMutation {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: V.verb.rawValue, abstract: "\(V.verb.rawValue.capitalized) a lobby (audited).",
                                 discussion: ScriptExit.helpText)
        }
        @ParentCommand var root: RelayDeck
        @Argument(help: "Lobby name.") var name: String
        @Flag(help: "Confirm without asking (required when stdin is not a terminal).") var yes = false
        @OptionGroup var output: FormatOptions

        var request: Result<Mutation, UsageProblem> { MutationRequest.lobby(V.verb, name: name) }
    }
}
