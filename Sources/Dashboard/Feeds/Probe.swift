/// The outage probe. While a pane waits out a backoff longer than one poll interval, or its request has hung
/// for longer than an interval, one small request (`page=1&limit=1`) goes out each interval instead of more full
/// polls; when it finds the API answering again, the waiting panes are fetched at once (a hung request is
/// replaced). So an outage costs the API a fraction of the normal load, and recovery still shows within about
/// one interval of the fault clearing, however long the outage was.
public struct Probe: Sendable, Equatable {
    /// A probe timer is set.
    public var armed = false
    /// A probe request is out.
    public var inFlight = false
    /// Bumped on every probe; an older answer is dropped.
    public var generation = 0
    /// A probe failed since the panes last recovered: the next answer means the API came back.
    public var sawDown = false

    public init() {}
}
