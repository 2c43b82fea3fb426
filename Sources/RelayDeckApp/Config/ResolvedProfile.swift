import Dashboard
/// The settings in effect: command-line flags over the profile over the defaults. Holds where the key is, not the key.
public struct ResolvedProfile: Sendable, Equatable {
    /// The profile's name, or `default` when no profile is in use.
    public var name: String
    /// True when the settings come from a profile of the config file.
    public var fromConfig: Bool
    /// The API base URL.
    public var apiURL: String
    /// Where the key is read from (paths are absolute).
    public var keySource: KeySource
    /// Seconds between polls.
    public var refresh: Double
    /// Seconds a request may take before it counts as timed out.
    public var timeout: Double
    /// Fleet crawl requests a second (0: off, page only).
    public var crawlRate: Double = Defaults.crawlRate
    /// Where alerts go beyond the screen (`--notify`, `notify:`).
    public var notify: Set<NotifyChannel> = []
    /// The event kinds that alert (`alerts:`; `Alerts.defaultKinds` when unset).
    public var alertKinds: Set<Event.Kind> = Alerts.defaultKinds
    /// The keys in force: the defaults, the keymap file, the profile's `keymap:`.
    public var keymap = Keymap.defaults
    /// Mouse reports at start (`mouse:`; `--mouse` wins).
    public var mouse = false
    /// The operator's own commands: the top level's, with the profile's over them by name.
    public var commands: [CustomCommand] = []
    /// Theme name or path.
    public var theme: String
    /// Mutations hidden and refused.
    public var readOnly: Bool
    /// A production profile (danger colour, typed confirmations).
    public var production: Bool
    /// The config file consulted (it may not exist).
    public var configPath: String
    /// True when the config file exists.
    public var configFound: Bool
    /// Warnings to show before starting (e.g. a config file open to others).
    public var warnings: [String]

    /// The defaults used when neither a flag nor the profile says otherwise.
    public enum Defaults {
        /// Edgegap's API.
        public static let apiURL = "https://api.edgegap.com"
        /// Two seconds between polls.
        public static let refresh = 2.0
        /// The fleet crawl's budget (docs/DECISIONS.md), and the most `crawl_rate`/`--crawl-rate` accept.
        public static let crawlRate = 5.0
        public static let maxCrawlRate = 50.0
        /// A request's time limit when none is set: three polls, at least ten seconds, so a slow API (answers in
        /// 6 s) still answers at the default two-second refresh, and a dead one is noticed within a few polls.
        public static func timeout(refresh: Double) -> Double { max(10, 3 * refresh) }
        /// The built-in theme.
        public static let theme = "default"
    }

    /// The host part of the URL, for the dashboard header.
    public var apiHost: String {
        guard let start = apiURL.firstRange(of: "://")?.upperBound else { return apiURL }
        let rest = apiURL[start...]
        return String(rest.prefix { $0 != "/" })
    }
}
