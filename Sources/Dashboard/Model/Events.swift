import EdgegapAPI
import FoundationEssentials

/// Where events come from: successive looks at the API (the crawl's pages, the lobby list, answers and failures) and
/// what the dashboard did (mutations). Each is noted as it is seen (`ModelState.note`) and flushed once at the end of
/// the step (`flush`): coalesced, kept, written to the events file, and alerted on.
///
/// De-duplication: an event is a transition, so a session that stays failed is said failed once; the time-driven ones
/// (stuck, long-lived, a deploy stuck) are marked said on their target. The first sweep of a fleet is one summary
/// (`fleet seen: 1000 sessions, 53 failed`), and the first lobby list none: they were there before we looked.
enum Events {
    /// After a crawl page: what changed in sessions the index held, the new ones, the ones the sweep let go; at the
    /// end of the first sweep, the summary instead.
    static func fromCrawl(fresh: [String], sweepDone: Bool, _ state: inout AppState) {
        let now = state.now
        guard state.model.fleetSeen else {
            guard sweepDone, let s = state.fleet.summary else { return }
            state.model.fleetSeen = true
            // What is already stuck or long-lived is in the summary, not said again one by one.
            _ = state.fleet.index.newlyTimed(now: now, config: state.config, quietly: true)
            var parts = ["\(s.total) session\(s.total == 1 ? "" : "s")"]
            for st in [SessionHealth.State.failed, .stuck, .initializing] where s[st] > 0 { parts.append("\(s[st]) \(st.rawValue)") }
            state.model.note(.fleetSeen, nil, parts.joined(separator: ", "), at: now)
            return
        }
        for id in fresh {
            state.model.note(.sessionAppeared, .session(id), at: now)
            // New and failed already (it failed between two sweeps): that is a failure to say too; a pinned one's
            // readiness too (its every change is wanted).
            let r = state.fleet.index.records[id]
            if let error = r?.error { state.model.note(.sessionFailed, .session(id), error, at: now) }
            else if r?.isUsable == true && state.model.pins.contains(.session(id)) { state.model.note(.sessionReady, .session(id), at: now) }
        }
        for c in state.fleet.index.changes {
            let target = Event.Target.session(c.id)
            if let error = c.failed { state.model.note(.sessionFailed, target, error, at: now) }
            // Ready and linked in one look is one line.
            if c.ready {
                let detail = [c.linked ? "and linked" : "", readyAfter(c.id, state)].filter { !$0.isEmpty }.joined(separator: " ")
                state.model.note(.sessionReady, target, detail, at: now)
            }
            if c.linked && !c.ready { state.model.note(.sessionLinked, target, at: now) }
            for ip in c.joined { state.model.note(.userJoined, target, ip, at: now) }
            for ip in c.left { state.model.note(.userLeft, target, ip, at: now) }
        }
        for id in state.fleet.index.letGo { state.model.note(.sessionGone, .session(id), at: now) }
    }

    /// `after 41s` for a session that turned ready, when its first-seen time is exact.
    static func readyAfter(_ id: String, _ state: AppState) -> String {
        guard let first = state.firstSeen(id), !first.lowerBound else { return "" }
        return "after \(TimeText.age(state.now.timeIntervalSince(first.at)))"
    }

    /// At a recount: sessions that turned stuck or long-lived (once each).
    static func timed(_ state: inout AppState) {
        guard state.model.fleetSeen else { return }
        for (id, kind) in state.fleet.index.newlyTimed(now: state.now, config: state.config) {
            state.model.note(kind, .session(id), kind == .sessionStuck ? "not ready after \(Int(state.config.sessionStuckAfter))s" : "", at: state.now)
        }
    }

    /// A lobby list answered: what became of each lobby since the last one (nothing on the first).
    static func fromLobbies(old: [Lobby]?, _ state: inout AppState) {
        let now = state.now
        let lobbies = state.lobbies.feed.value ?? []
        guard let old else { return }
        let before = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for l in lobbies {
            let target = Event.Target.lobby(l.name)
            guard let was = before[l.name] else {
                state.model.note(.lobbyCreated, target, l.status, at: now)
                continue
            }
            guard was.status != l.status || was.url != l.url else { continue }
            if LobbyStatus.isError(l.status) { state.model.note(.lobbyError, target, "\(was.status) \u{2192} \(l.status)", at: now) }
            else if LobbyStatus.isTerminating(l.status) { state.model.note(.lobbyTerminating, target, at: now) }
            else if LobbyStatus.isTransitional(l.status) { state.model.note(.lobbyDeploying, target, at: now) }
            else if (LobbyStatus.isReady(l.status) || !l.url.isEmpty) && was.url != l.url { state.model.note(.lobbyReady, target, l.url, at: now) }
        }
        let names = Set(lobbies.map(\.name))
        for l in old where !names.contains(l.name) { state.model.note(.lobbyGone, .lobby(l.name), at: now) }
        // A deploy that drags, once each.
        for (name, since) in state.lobbies.movingSince where now.timeIntervalSince(since) > state.config.lobbyStuckAfter {
            guard !state.lobbies.stuckSaid.contains(name) else { continue }
            state.lobbies.stuckSaid.insert(name)
            state.model.note(.lobbyDeployStuck, .lobby(name), "moving for \(TimeText.age(now.timeIntervalSince(since)))", at: now)
        }
        state.lobbies.stuckSaid.formIntersection(state.lobbies.movingSince.keys)
    }

    /// A mutation's outcome, with who did it where.
    static func mutation(_ m: Mutation, _ outcome: MutationOutcome, _ state: inout AppState) {
        let kind: Event.Kind = switch outcome {
        case .unknown: .mutationUnknown
        case .failed: .mutationFailed
        case .succeeded: .mutation
        }
        let who = [state.config.operatorName.map { "by \($0)" }, "on \(state.config.environment)"].compactMap { $0 }.joined(separator: " ")
        let target: Event.Target? = m.lobbyName.map { .lobby($0) } ?? m.sessionID.map { .session($0) }
        state.model.note(kind, target, "\(MutationFlow.text(m, outcome)) (\(who))", at: state.now)
    }

    /// The end of a step: what was noted, coalesced, into the ring; then the file, the alerts and the title.
    static func flush(_ state: inout AppState) -> [Effect] {
        guard !state.model.found.isEmpty else { return [] }
        let found = state.model.found
        state.model.found = []
        let unseen = state.model.events.unseen
        let added = state.model.events.append(found, whole: state.model.pins)
        // The timeline on screen: what it lists is seen as it arrives.
        if state.config.front == .dashboard && state.sessions.scope == .timeline && state.focus == .sessions { state.model.events.markSeen() }
        guard !added.isEmpty else { return [] }
        var effects: [Effect] = [.recordEvents(added, profile: state.config.environment)]
        effects += Timeline.eventsChanged(&state)
        effects += Alerts.consider(added, &state)
        if state.model.events.unseen != unseen { effects += Alerts.title(state) }
        return effects
    }
}
