import ArgumentParser

/// `relaydeck emulator`: serves the P2P API emulator on loopback.
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "emulator", abstract: "Run the Edgegap P2P API emulator.")

    func run() async throws {
        print("emulator: not built yet")
    }
}
