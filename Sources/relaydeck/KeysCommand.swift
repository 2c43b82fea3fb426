import ArgumentParser
import Dashboard
import FoundationEssentials
import RelayDeckApp

/// `relaydeck keys`: the keys in force (the defaults, the keymap file, the profile's `keymap:`) as Markdown, or a
/// complete keymap.yaml of the defaults to start from.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print the key bindings in force as Markdown (--defaults: a keymap.yaml to start from).",
        discussion: "The keymap is $XDG_CONFIG_HOME/relaydeck/keymap.yaml, and `keymap:` in a profile of config.yaml over it.")

    @ParentCommand var root: RelayDeck
    @Flag(help: "Print every default binding as a complete keymap.yaml (action: keys, by scope).") var defaults = false

    func run() throws {
        if defaults {
            print(Keymap.defaults.yaml(), terminator: "")
            return
        }
        // The profile's keymap when there is a profile; the demo's (the file alone) otherwise.
        let keymap: Keymap
        let commands: [CustomCommand]
        if root.demo {
            keymap = try DashboardLaunch.demoKeymap().0
            commands = try DashboardLaunch.demoCommands(keymap: keymap).0
        } else {
            let profile = try root.resolvedProfile()
            // What the keymap files say that is not an error (a key some terminals never send) is said here too.
            RelayDeck.warn(profile.warnings)
            keymap = profile.keymap
            commands = profile.commands
        }
        print(keymap.markdown(), terminator: "")
        guard !commands.isEmpty else { return }
        // The operator's own commands, from config.yaml.
        print("\n| key | command | on | runs |\n|---|---|---|---|")
        for c in commands {
            print("| `\(c.key.label.replacing("|", with: "\\|"))` | \(c.name) | \(c.scope.rawValue) | `\(([c.program] + c.arguments).joined(separator: " "))` (\(c.mode.rawValue)) |")
        }
    }
}
