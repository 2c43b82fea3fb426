import Dashboard

/// The command-line flags that override a profile (nil: not given on the command line).
public struct ProfileOverrides: Sendable, Equatable {
    /// `--profile NAME`.
    public var profile: String?
    /// `--api-url URL`.
    public var apiURL: String?
    /// `--api-key-file PATH`.
    public var apiKeyFile: String?
    /// `--refresh SECONDS`.
    public var refresh: Double?
    /// `--timeout SECONDS`.
    public var timeout: Double?
    /// `--crawl-rate N`.
    public var crawlRate: Double?
    /// `--theme NAME`.
    public var theme: String?
    /// `--read-only` (a flag can only turn it on: it never lifts a profile's read_only).
    public var readOnly: Bool
    /// `--notify CHANNELS`.
    public var notify: Set<NotifyChannel>?

    /// Overrides as parsed from the command line.
    public init(profile: String? = nil, apiURL: String? = nil, apiKeyFile: String? = nil, refresh: Double? = nil,
                timeout: Double? = nil, theme: String? = nil, readOnly: Bool = false, crawlRate: Double? = nil) {
        self.crawlRate = crawlRate
        self.timeout = timeout
        self.profile = profile
        self.apiURL = apiURL
        self.apiKeyFile = apiKeyFile
        self.refresh = refresh
        self.theme = theme
        self.readOnly = readOnly
    }
}
