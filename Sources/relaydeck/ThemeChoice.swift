import Foundation
import RelayDeckApp
import TerminalUI

/// The themes `t` cycles through: the chosen one first (by name or path), then every other loadable one.
struct ThemeChoice: Sendable {
    var themes: [Theme]
    /// Load errors (file, key and value), shown in the message line; the broken theme is skipped.
    var problems: [String]

    /// Loads `chosen` (a name, or a path when it contains `/` or ends in .yaml) and the rest of the set.
    static func load(_ chosen: String) -> ThemeChoice {
        let loader = ThemeLoader(files: ThemeDirectory(RelayDeckPaths().configDir + "/themes"))
        var themes: [Theme] = []
        var problems: [String] = []
        let isPath = chosen.contains("/") || chosen.hasSuffix(".yaml") || chosen.hasSuffix(".yml")
        do {
            themes.append(isPath ? try loader.load(path: chosen) : try loader.load(named: chosen))
        } catch {
            problems.append("theme \(chosen): \(error) — using default")
        }
        for name in loader.availableThemes() where !themes.contains(where: { $0.name == name }) {
            do { themes.append(try loader.load(named: name)) } catch { problems.append("theme \(name): \(error)") }
        }
        if themes.isEmpty { themes = [.default] }
        return ThemeChoice(themes: themes, problems: problems)
    }

    /// The cycle resolved for the terminal's colour depth (mono terminals get one theme: mono).
    func cycle(for depth: ColorDepth) -> [Theme] {
        if depth == .mono { return [Theme.mono] }
        return themes.map { $0.resolved(for: depth) }
    }
}
