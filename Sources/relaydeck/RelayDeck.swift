import ArgumentParser

@main
struct RelayDeck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relaydeck",
        abstract: "A terminal dashboard for Edgegap relay sessions and lobbies.",
        version: "0.1.0",
        subcommands: [EmulatorCommand.self, EngineDemoCommand.self]
    )

    func run() async throws {
        print("relaydeck: not built yet")
    }
}
