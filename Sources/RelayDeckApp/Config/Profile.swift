import Dashboard

/// One named profile of the config file; every field is optional (unset fields fall back to the defaults).
public struct Profile: Sendable, Equatable {
    /// The profile's name (its key under `profiles:`).
    public var name: String
    /// `api_url`.
    public var apiURL: String?
    /// `api_key_env` or `api_key_file`.
    public var keySource: KeySource?
    /// `refresh`, in seconds.
    public var refresh: Double?
    /// `timeout`: seconds a request may take.
    public var timeout: Double?
    /// `crawl_rate`, fleet crawl requests a second (0: off).
    public var crawlRate: Double?
    /// `theme`, a name or a path.
    public var theme: String?
    /// `read_only`.
    public var readOnly: Bool?
    /// `production`.
    public var production: Bool?
    /// `notify`: where alerts go beyond the screen (bell, osc9, osc777, title).
    public var notify: Set<NotifyChannel>?
    /// `alerts`: the event kinds that alert (`default` for the defaults).
    public var alertKinds: Set<Event.Kind>?
    /// `keymap`: key changes over the keymap file's, in its format.
    public var keymap: KeymapFile?
    /// `mouse`: mouse reports at start.
    public var mouse: Bool?
    /// `commands`: the profile's own commands (over the top-level ones of the same name).
    public var commands: [CustomCommand] = []
    /// What its commands say that is not an error.
    public var warnings: [String] = []

    /// A profile with the given fields.
    public init(name: String, apiURL: String? = nil, keySource: KeySource? = nil, refresh: Double? = nil,
                theme: String? = nil, readOnly: Bool? = nil, production: Bool? = nil) {
        self.name = name
        self.apiURL = apiURL
        self.keySource = keySource
        self.refresh = refresh
        self.theme = theme
        self.readOnly = readOnly
        self.production = production
    }

    /// The keys a profile accepts.
    static let knownKeys = ["api_url", "api_key_env", "api_key_file", "refresh", "timeout", "crawl_rate", "theme", "read_only", "production",
                            "notify", "alerts", "keymap", "mouse", "commands"]
    /// Keys that would hold the key itself: refused with an explanation.
    static let inlineKeyNames = ["api_key", "apikey", "key", "token", "api_token", "secret", "edgegap_api_key"]
}
