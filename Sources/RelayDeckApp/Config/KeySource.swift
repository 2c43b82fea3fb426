import Dashboard

/// Where the API key comes from. The key itself is never configured inline, shown or logged.
public enum KeySource: Sendable, Equatable, CustomStringConvertible {
    /// An environment variable holding the key.
    case environment(String)
    /// A file whose first line is the key (mode 0600 expected).
    case file(String)

    /// The variable every profile falls back to when it names no source.
    public static let defaultVariable = "EDGEGAP_API_KEY"

    /// What a refused key says to check: the variable's name, or the file's path with the home folder as `~`.
    public func checkHint(home: String?) -> String {
        switch self {
        case .environment(let name): name
        case .file(let path): ShortPath.of(path, home: home)
        }
    }

    /// A description safe to print: where the key is read from, never the key.
    public var description: String {
        switch self {
        case .environment(let name): "environment variable \(name)"
        case .file(let path): "file \(path)"
        }
    }
}
