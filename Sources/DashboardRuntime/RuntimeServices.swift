/// The side effects beyond the API and timers that a runner may perform; each is optional (a test wires what it
/// looks at, and a missing one is reported as unavailable rather than silently ignored).
public struct RuntimeServices: Sendable {
    public var audit: (any AuditRecording)?
    public var exports: (any ExportWriting)?
    public var clipboard: (any ClipboardWriting)?
    public var profiles: (any ProfileOpening)?
    public var firstSeen: (any FirstSeenStoring)?
    public var events: (any EventRecording)?
    public var notifier: (any Notifying)?
    public var observer: (any ModelObserving)?
    public var requests: (any RequestObserving)?
    public var preferences: (any PreferencesStoring)?

    public init(audit: (any AuditRecording)? = nil, exports: (any ExportWriting)? = nil,
                clipboard: (any ClipboardWriting)? = nil, profiles: (any ProfileOpening)? = nil,
                firstSeen: (any FirstSeenStoring)? = nil, events: (any EventRecording)? = nil,
                notifier: (any Notifying)? = nil, observer: (any ModelObserving)? = nil, requests: (any RequestObserving)? = nil,
                preferences: (any PreferencesStoring)? = nil) {
        self.preferences = preferences
        self.requests = requests
        self.events = events
        self.notifier = notifier
        self.observer = observer
        self.firstSeen = firstSeen
        self.audit = audit
        self.exports = exports
        self.clipboard = clipboard
        self.profiles = profiles
    }
}
