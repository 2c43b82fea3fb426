/// What a save of the preferences is measured against: what was remembered at start, what the run started with
/// (the flags applied), and which settings a flag set.
public struct PreferenceBasis: Sendable, Equatable {
    public var remembered: Preferences
    public var started: Preferences
    public var flags: Preferences.Flags
}
