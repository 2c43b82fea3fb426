import EdgegapAPI
import FoundationEssentials

/// Reads the API key from its source. Errors and warnings describe the source, never the key.
public struct KeyLoader: Sendable {
    /// The environment the variables are read from.
    public var environment: [String: String]

    /// A loader over `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The key and any warning about its file (open to group or others).
    public struct Loaded: Sendable {
        /// The key (prints redacted).
        public var key: APIKey
        /// Warnings to print before starting.
        public var warnings: [String]
    }

    /// Loads the key named by `source`.
    public func load(_ source: KeySource) throws -> Loaded {
        switch source {
        case .environment(let name):
            let key = APIKey(environment[name] ?? "")
            guard !key.isEmpty else { throw KeyError(source: source, problem: "is not set or empty (export \(name)=…)") }
            return Loaded(key: key, warnings: [])
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw KeyError(source: source, problem: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist")
            }
            let firstLine = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let key = APIKey(firstLine)
            guard !key.isEmpty else { throw KeyError(source: source, problem: "is empty (the key goes on its first line)") }
            return Loaded(key: key, warnings: [FilePermissions.warning(for: path, what: "key file")].compactMap { $0 })
        }
    }

    /// The file's permission warning without reading the key (for `info`).
    public func warnings(for source: KeySource) -> [String] {
        guard case .file(let path) = source else { return [] }
        return [FilePermissions.warning(for: path, what: "key file")].compactMap { $0 }
    }
}

/// The key could not be loaded from its source.
public struct KeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The source that failed.
    public var source: KeySource
    /// Why, e.g. `is not set or empty`.
    public var problem: String
    /// `API key: environment variable X is not set or empty`.
    public var description: String { "API key: \(source) \(problem)" }
}
