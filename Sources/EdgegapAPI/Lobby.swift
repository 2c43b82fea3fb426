/// A lobby of the Lobby Manager: `{name, url, status}`.
public struct Lobby: Codable, Sendable, Equatable, Identifiable {
    public var id: String { name }

    public var name: String
    /// Empty until deployed.
    public var url: String
    /// Opaque status text (`Released`, `Deploying`, `READY`, `Terminating`, `Error`, …).
    public var status: String

    public init(name: String, url: String = "", status: String) {
        self.name = name
        self.url = url
        self.status = status
    }

    /// A lobby is usable when it has a url.
    public var isUsable: Bool { !url.isEmpty }

    enum CodingKeys: String, CodingKey { case name, url, status }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        url = try c.decodeIfPresent(String.self, forKey: .url) ?? ""
        status = try c.decodeIfPresent(String.self, forKey: .status) ?? ""
    }
}
