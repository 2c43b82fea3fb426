import FoundationEssentials
import TerminalUI

/// The themes `t` cycles through: the chosen one first (by name or path), then every other loadable one.
public struct ThemeChoice: Sendable {
    public var themes: [Theme]
    /// Load errors of the other themes (file, key and value), shown in the message line; a broken one is skipped.
    public var problems: [String]

    /// Loads `chosen` (a name, or a path when it contains `/` or ends in .yaml) and the rest of the set from the
    /// bundled themes and `directory`. An unknown or broken chosen theme is an error naming the themes there are:
    /// a typo never silently falls back to another look.
    public static func load(_ chosen: String, directory: String = RelayDeckPaths().configDir + "/themes") throws -> ThemeChoice {
        let loader = ThemeLoader(files: ThemeDirectory(directory))
        let isPath = chosen.contains("/") || chosen.hasSuffix(".yaml") || chosen.hasSuffix(".yml")
        let first: Theme
        do {
            first = isPath ? try loader.load(path: chosen) : try loader.load(named: chosen)
        } catch let e as ThemeError where e.kind == .unknownTheme && e.keyPath.isEmpty {
            throw ThemeChoiceError(text: "unknown theme \(chosen); available: " + loader.availableThemes().joined(separator: ", "))
        } catch {
            throw ThemeChoiceError(text: "theme \(chosen): \(error)")
        }
        var themes = [first]
        var problems: [String] = []
        for name in loader.availableThemes() where !themes.contains(where: { $0.name == name }) {
            do { themes.append(try loader.load(named: name)) } catch { problems.append("theme \(name): \(error)") }
        }
        return ThemeChoice(themes: themes, problems: problems)
    }

    /// The cycle resolved for the terminal's colour depth (mono terminals get one theme: mono).
    public func cycle(for depth: ColorDepth) -> [Theme] {
        if depth == .mono { return [Theme.mono] }
        return themes.map { $0.resolved(for: depth) }
    }
}

/// The chosen theme cannot be had: unknown (the message names the themes there are) or broken (file, key, value).
public struct ThemeChoiceError: Error, Sendable, CustomStringConvertible {
    public var text: String
    public var description: String { text }
}
