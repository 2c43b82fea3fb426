import FoundationEssentials
import TerminalUI

/// The user's theme folder (`$XDG_CONFIG_HOME/relaydeck/themes`): `NAME.yaml` or `NAME.yml` files, and any theme
/// file given by path.
public struct ThemeDirectory: ThemeFiles {
    public var path: String

    public init(_ path: String) { self.path = path }

    public func themeNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { String($0.prefix(upTo: $0.lastIndex(of: ".")!)) }
    }

    public func theme(named name: String) throws -> (text: String, file: String)? {
        for ext in ["yaml", "yml"] {
            let file = "\(path)/\(name).\(ext)"
            if FileManager.default.fileExists(atPath: file) { return (try read(path: file), file) }
        }
        return nil
    }

    public func read(path file: String) throws -> String {
        do {
            return try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ThemeError(.unreadable, file: file, detail: "cannot read the file (\(error))")
        }
    }
}
