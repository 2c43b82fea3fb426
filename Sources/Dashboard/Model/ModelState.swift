import EdgegapAPI
import FoundationEssentials

/// The polling model: what the crawl, the lobby list and the probe know of the API, and what changed (events, pins,
/// alerts). Every front end drives it through the same reducer and effect interpreter: the dashboard (which adds its
/// page, detail and panes), `relaydeck watch`, `relaydeck exporter` and `relaydeck sessions find` (see `Front`).
public struct ModelState: Sendable, Equatable {
    /// The whole fleet, as the background crawl indexes it.
    public var fleet = FleetState()
    public var lobbies = LobbiesState()
    /// Whether the API answers, and since when it does not.
    public var health = APIHealth()
    public var events = EventLog()
    /// What this step found, flushed into `events` once at its end (one step, one coalescing).
    var found: [Event] = []
    /// Sessions and lobbies every change of which alerts, whatever the rules say.
    public var pins: [Event.Target] = []
    public var alerts = AlertState()
    /// The fleet's first sweep was said (in one summary): session events from now on.
    public var fleetSeen = false

    public init() {}

    /// The drawn part: the fleet index as its revision only (see `AppState.drawn`).
    var drawn: ModelState {
        var m = self
        m.fleet.index = fleet.index.stub()
        m.found = []
        // Every answer moves these; nothing draws them.
        m.health.lastSuccess = nil
        m.health.failingSince = nil
        m.fleet.goodPages = 0
        m.fleet.lastCensus = nil
        return m
    }

    /// Notes an event of this step (see `Events.flush`).
    mutating func note(_ kind: Event.Kind, _ target: Event.Target? = nil, _ detail: String = "", at: Date) {
        found.append(Event(at: at, kind: kind, target: target, detail: detail))
    }
}

/// Whether the API answers: down since the first failure of an outage, refused keys, 429s.
public struct APIHealth: Sendable, Equatable {
    /// The first failure of the outage under way (transport errors, 5xx): nil while it answers.
    public var downSince: Date?
    /// The error that began it.
    public var downBecause: String?
    /// A 401/403 was answered (until an answer succeeds).
    public var keyRefused = false
    /// A 429 was answered (until an answer succeeds).
    public var rateLimited = false
    /// When the last answer of any kind succeeded.
    public var lastSuccess: Date?
    /// The first answer that failed since the last good one (nil while they succeed).
    public var failingSince: Date?
    /// The outage under way has alerted (once, after `apiDownAlertAfter`).
    public var downAlerted = false

    public init() {}

    /// 1 when the API answers (the exporter's `relaydeck_api_up`).
    public var up: Bool { downSince == nil && !keyRefused }

    /// How long the outage under way has lasted at `now`, as the operator saw it: since the first answer that failed
    /// (the probe confirms an outage an interval or so later). Not since the last good answer: after a laptop slept,
    /// that was hours before anything was asked.
    public func outage(at now: Date) -> TimeInterval? {
        guard let since = downSince else { return nil }
        return now.timeIntervalSince(min(since, failingSince ?? since))
    }
}
