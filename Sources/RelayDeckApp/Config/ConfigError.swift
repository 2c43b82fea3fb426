/// A configuration problem, located precisely: the file, the line, the key path and what is wrong with the value.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The config file (or `--profile`/`--api-key-file` for problems on the command line).
    public var file: String
    /// The 1-based line in `file`, when known.
    public var line: Int?
    /// The dotted key path, e.g. `profiles.prod.refresh` (empty for the whole file).
    public var keyPath: String
    /// What is wrong, e.g. `"fast" is not a number`.
    public var problem: String

    /// A problem at `keyPath` in `file`.
    public init(file: String, line: Int? = nil, keyPath: String, problem: String) {
        self.file = file
        self.line = line
        self.keyPath = keyPath
        self.problem = problem
    }

    /// `file:line: key.path: problem`.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return keyPath.isEmpty ? "\(place): \(problem)" : "\(place): \(keyPath): \(problem)"
    }
}
