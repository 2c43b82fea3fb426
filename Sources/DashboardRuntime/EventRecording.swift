import Dashboard

/// Keeps the events per profile between runs (a JSON-lines file in the state dir, in the executable).
public protocol EventRecording: Sendable {
    /// Appends `events` for `profile`.
    func append(_ events: [Event], profile: String) throws
    /// The newest `limit` events written for `profile`, oldest first.
    func newest(profile: String, limit: Int) throws -> [Event]
}

/// Tells the operator beyond the screen: a bell, a desktop notification, the window title (in the executable).
public protocol Notifying: Sendable {
    /// Sends `notice` through the channels chosen.
    func notify(_ notice: Notice)
    /// Sets the title (the first call saves the one there was).
    func title(_ text: String)
}

/// Hands what the model does to a front end without a screen (`watch` prints events as they are recorded).
public protocol ModelObserving: Sendable {
    func recorded(_ events: [Event])
}

/// Counts the API requests the runner sends (the exporter's `relaydeck_api_requests_total` and its histogram).
public protocol RequestObserving: Sendable {
    /// A request to `endpoint` (`sessions`, `session`, `lobbies`) ended with `code` (`200`, `503`, `error`) after
    /// `seconds`.
    func answered(endpoint: String, code: String, seconds: Double)
}
