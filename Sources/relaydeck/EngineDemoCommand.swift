import ArgumentParser

/// `relaydeck engine-demo`: a small screen that exercises the terminal engine (used by the pty tests).
struct EngineDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "engine-demo", abstract: "Terminal engine demo screen.", shouldDisplay: false)

    func run() throws {
        print("engine-demo: not built yet")
    }
}
