import FoundationEssentials

/// Which events reach the operator beyond the timeline, and how often. Rules per profile (`alerts:` in the config):
/// the kinds that alert, by default a session failed or stuck, a lobby in error or stuck deploying, the API down for
/// `apiDownAlertAfter` seconds (30), the key refused, and a mutation whose outcome is unknown. A pinned target's every
/// change alerts whatever the rules say. At most one notification of a kind every `alertEvery` seconds (60): the
/// others of that window are said in one summary when it ends (`3 more session-failed since 14:03:07`). Nothing
/// alerts before the first sweep of the fleet is done.
public enum Alerts {
    /// The kinds that alert unless the profile says otherwise.
    public static let defaultKinds: Set<Event.Kind> = [.sessionFailed, .sessionStuck, .lobbyError, .lobbyDeployStuck, .apiDown,
                                                      .keyRefused, .mutationUnknown]

    /// True once alerting may begin: the first sweep is done (or, with the crawl off, the lobbies answered once).
    static func armed(_ state: AppState) -> Bool {
        state.config.crawlRate > 0 ? state.model.fleetSeen : state.lobbies.feed.value != nil
    }

    /// The alerts `added` raises, rate-limited.
    static func consider(_ added: [Event], _ state: inout AppState) -> [Effect] {
        guard armed(state) else { return [] }
        var effects: [Effect] = []
        for e in added {
            let pinned = e.target.map { state.model.pins.contains($0) } ?? false
            // The API down alerts only once it has lasted (`outage`).
            guard pinned || (state.config.alertKinds.contains(e.kind) && e.kind != .apiDown) else { continue }
            effects += send(e, pinned: pinned, &state)
        }
        return effects
    }

    /// Sends `e` now, or holds it for the summary when its kind notified less than `alertEvery` ago (a pinned
    /// target's change is never held).
    static func send(_ e: Event, pinned: Bool, _ state: inout AppState) -> [Effect] {
        let now = state.now
        state.model.alerts.latest = e
        if !pinned, let last = state.model.alerts.lastSent[e.kind], now.timeIntervalSince(last) < state.config.alertEvery {
            var held = state.model.alerts.held[e.kind] ?? AlertState.Held()
            held.count += e.count
            for t in e.targets where held.names.count < 3 { held.names.append(t.name) }
            if case .lobby = e.targets.first { held.lobbies = true }
            state.model.alerts.held[e.kind] = held
            return [.schedule(.alerts, seconds: state.config.alertEvery - now.timeIntervalSince(last))]
        }
        // What the last window held back goes first, said as of that window; then this one.
        var effects = summary(of: e.kind, &state)
        state.model.alerts.lastSent[e.kind] = now
        if !state.config.notify.isEmpty { effects.append(.notify(Notice(e, profile: state.config.environment, channels: state.config.notify))) }
        return effects
    }

    /// The one line for what was held back of `kind` (nothing when nothing was): `3 more sessions failed since
    /// 14:03:07: a…, b…, c…`.
    static func summary(of kind: Event.Kind, _ state: inout AppState) -> [Effect] {
        guard let held = state.model.alerts.held.removeValue(forKey: kind), held.count > 0 else { return [] }
        let since = state.model.alerts.lastSent[kind].map { TimeText.clock($0, zone: state.config.zone) } ?? "the last alert"
        let noun = held.lobbies ? (held.count == 1 ? "lobby" : "lobbies") : (held.count == 1 ? "session" : "sessions")
        let what = Event.words[kind] ?? kind.rawValue
        let names = held.names.map { UntrustedText.clean($0, limit: 16) }.joined(separator: ", ") + (held.count > held.names.count ? ", \u{2026}" : "")
        let e = Event(at: state.now, kind: kind, detail: "\(held.count) more \(noun) \(what) since \(since): \(names)", count: held.count)
        guard !state.config.notify.isEmpty else { return [] }
        var n = Notice(e, profile: state.config.environment, channels: state.config.notify)
        n.body = UntrustedText.clean(e.detail, limit: Notice.limit)
        return [.notify(n)]
    }

    /// The summary timer: each kind held back whose window has ended is said in one line.
    static func summaries(_ state: inout AppState) -> [Effect] {
        let now = state.now
        var effects: [Effect] = []
        var next: Double?
        for kind in state.model.alerts.held.keys.sorted() {
            let last = state.model.alerts.lastSent[kind] ?? .distantPast
            let left = state.config.alertEvery - now.timeIntervalSince(last)
            if left > 0 {
                next = min(next ?? left, left)
                continue
            }
            effects += summary(of: kind, &state)
            state.model.alerts.lastSent[kind] = now
        }
        if let next { effects.append(.schedule(.alerts, seconds: next)) }
        return effects
    }

    /// The API has been down for `apiDownAlertAfter` seconds: one alert for the outage.
    static func outage(_ state: inout AppState) -> [Effect] {
        guard let since = state.model.health.downSince, !state.model.health.downAlerted,
              state.now.timeIntervalSince(since) >= state.config.apiDownAlertAfter, armed(state) || state.model.events.appended > 0,
              state.config.alertKinds.contains(.apiDown) else { return [] }
        state.model.health.downAlerted = true
        let e = Event(at: state.now, kind: .apiDown, detail: "for \(TimeText.age(state.now.timeIntervalSince(since))): "
                      + (state.model.health.downBecause ?? ""))
        return send(e, pinned: false, &state)
    }

    /// Seconds an alert stays highlighted in the header.
    static let highlightFor: Double = 5

    /// The alert to highlight now (sent or held less than `highlightFor` seconds ago).
    static func highlighted(_ state: AppState) -> Event? {
        guard let e = state.model.alerts.latest, state.now.timeIntervalSince(e.at) < highlightFor else { return nil }
        return e
    }

    /// The title's status, when the title is a channel: `RelayDeck prod ✖3` (problems not yet seen), else
    /// `RelayDeck prod`.
    static func title(_ state: AppState) -> [Effect] {
        guard state.config.notify.contains(.title) else { return [] }
        let n = state.model.events.unseen
        let env = UntrustedText.clean(state.config.environment, limit: 24)
        return [.title("RelayDeck \(env)" + (n > 0 ? " \u{2716}\(n)" : ""))]
    }
}

/// A notification as it leaves the model: short, cleaned, naming the profile.
public struct Notice: Sendable, Equatable {
    /// `RelayDeck prodeu`.
    public var title: String
    /// `8c054445fda4-S failed: No relay available`.
    public var body: String
    public var kind: Event.Kind
    /// Where it goes (the profile's `notify:`).
    public var channels: Set<NotifyChannel>

    public init(_ e: Event, profile: String, channels: Set<NotifyChannel>) {
        self.channels = channels
        title = "RelayDeck " + UntrustedText.clean(profile, limit: 24)
        // Cleaned again, and short: a notification is one line, and control bytes would end the sequence it travels in.
        body = UntrustedText.clean(e.summary, limit: Self.limit)
        kind = e.kind
    }

    /// Longest body sent.
    public static let limit = 120
}
