import Dashboard

/// Where a profile's preferences are kept between runs.
public protocol PreferencesStoring: Sendable {
    /// What was saved for `profile` (nil when nothing was, or it cannot be read).
    func load(profile: String) -> Preferences?
    /// Replaces what is saved for `profile`.
    func save(profile: String, _ preferences: Preferences) throws
}
