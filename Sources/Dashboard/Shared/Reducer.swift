import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// The pure update function: `reduce(&state, action)` changes the state and returns the effects to run. The root
/// of the features: it routes keys (overlay first, then the focused pane), answers to the feeds' generic path, and
/// effect results to the feature that asked.
public enum Reducer {
    /// Applies one action.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .start(let now):
            state.now = now
            effects += start(&state)
        case .key(let key):
            effects += handle(key, &state)
        case .commandFinished(let run, let status, let output, let at):
            state.now = max(state.now, at)
            CustomCommands.finished(run, status: status, output: output, &state)
        case .mouse(let m, let at):
            state.now = max(state.now, at)
            effects += mouse(m, &state)
        case .stop(let reason, let now):
            state.now = max(state.now, now)
            if !state.quitting { effects += quit(&state, reason) }
        case .resize(let w, let h):
            // Re-layout only: nothing is fetched again.
            state.width = max(0, w)
            state.height = max(0, h)
        case .timerFired(let id, let now):
            state.now = now
            effects += timerFired(id, &state)
        case .loaded(let query, let gen, let result, let at):
            state.now = max(state.now, at)
            effects += answered(query, gen, result, &state)
        case .probed(let gen, let error, let at):
            state.now = max(state.now, at)
            effects += probed(gen, error, &state)
        case .mutationFinished(let m, let outcome, let at):
            state.now = max(state.now, at)
            effects += MutationFlow.finished(m, outcome, &state)
        case .eventsLoaded(let profile, let earlier):
            if profile == state.config.environment { state.model.events.restore(earlier) }
        case .firstSeenLoaded(let profile, let records):
            // Read for the profile in use (an answer for one left since is not this one's).
            if profile == state.config.environment { FirstSeen.loaded(records, &state) }
        case .firstSeenSaved(let failure):
            if let failure {
                state.post(.warning, "ages not saved: \(UntrustedText.clean(failure.description, limit: 160))", background: true)
            }
        case .copied(let result):
            switch result {
            // Said as what is known: where it was handed; whether a terminal honours OSC 52 cannot be seen from here.
            case .success(let receipt): state.report(.success, receipt.words)
            case .failure(let why): state.report(.warning, UntrustedText.clean(why.description, limit: 160))
            }
        case .exported(let result, let rows):
            switch result {
            case .success(let path):
                let path = UntrustedText.clean(path, limit: 400)
                state.report(.success, "exported \(rows) rows to \(path)", brief: "exported \(rows) rows to \(ShortPath.elided(path))")
            case .failure(let why): state.report(.error, "export failed: \(UntrustedText.clean(why.description, limit: 160))")
            }
        case .auditLoaded(let result):
            switch result {
            case .success(let lines):
                // Read while the user went on: never cover a dialog or prompt opened since.
                if state.modal == nil { state.modal = .audit(entries: lines.map { AuditEntry(line: $0, zone: state.config.zone) }, scroll: 0) }
            case .failure(let why): state.report(.error, "audit log: \(UntrustedText.clean(why.description, limit: 160))")
            }
        case .profileOpened(let name, let result, let at):
            state.now = max(state.now, at)
            effects += profileOpened(name, result, &state)
        }
        MutationFlow.checkTarget(&state)
        MarkFlow.prune(&state)
        effects += Events.flush(&state)
        effects += Preferences.saveIfChanged(&state)
        markStaleness(&state)
        // Where each list is scrolled to moves with the user (a key, a click, the wheel, a new size), not with answers.
        switch action {
        case .key, .mouse, .resize: ScreenLayout.keepScroll(&state)
        default: break
        }
        if !state.quitting { effects += clockEffect(state) + probeEffect(&state) }
        return effects
    }

    static func timerFired(_ id: TimerID, _ state: inout AppState) -> [Effect] {
        switch id {
        case .poll(let feed): fetch(feed, &state)
        case .probe: probeFired(&state)
        case .clock: abandonSlowRequests(&state)
        case .alerts: Alerts.summaries(&state)
        case .bulk: Bulk.next(&state)
        }
    }

    /// `:profile NAME` opened: a production profile is switched to only once its name is typed; any other at once.
    static func profileOpened(_ name: String, _ result: Result<DashboardConfig, EffectFailure>,
                              _ state: inout AppState) -> [Effect] {
        let shownName = UntrustedText.clean(name, limit: 40)
        switch result {
        case .failure(let why):
            state.switchingProfile = nil
            state.report(.error, "profile \(shownName): \(UntrustedText.clean(why.description, limit: 160))")
            return []
        case .success(let config) where config.production:
            var c = Confirmation(subject: .switchProfile(name, config), title: "Switch to a PRODUCTION profile?",
                                 lines: ["Profile \(shownName) is PRODUCTION: \(UntrustedText.clean(config.apiHost, limit: 40))",
                                         "Its mutations act on live players."])
            c.typeToConfirm = name
            state.modal = .confirm(c)
            return []
        case .success(let config):
            return switchProfile(name, config, &state)
        }
    }

    /// Starts every pane afresh on profile `name` (size, theme and messages kept). Mutations still on their way
    /// belong to the old profile: their outcomes are reported under its name and change nothing here. Nothing sent
    /// before the switch is taken as an answer.
    static func switchProfile(_ name: String, _ config: DashboardConfig, _ state: inout AppState) -> [Effect] {
        let saved = FirstSeen.save(&state)
        var fresh = AppState(config: config, now: state.now)
        fresh.screen.keepSurface(of: state.screen)
        fresh.elsewhere = state.elsewhere
        for key in state.pending.keys { fresh.elsewhere[key] = state.config.environment }
        fresh.book = state.book.droppingEverything()
        fresh.model.pins = state.model.pins
        // Remembering goes on, now for the new profile.
        if state.savedPreferences != nil { fresh.savedPreferences = Preferences.of(fresh) }
        state = fresh
        state.report(.success, "profile \(UntrustedText.clean(name, limit: 40)): \(UntrustedText.clean(config.apiHost, limit: 60))")
        return saved + [.useProfile(name)] + start(&state)
    }

    /// Says where the dashboard is connected and fetches every feed.
    static func start(_ state: inout AppState) -> [Effect] {
        // Not "connected": nothing has answered yet (a refused key would make that a lie); the header says how it goes.
        if state.config.front == .dashboard {
            state.post(.info, "watching \(UntrustedText.clean(state.config.apiHost, limit: 60)) · ? for keys")
        }
        return [.loadFirstSeen(profile: state.config.environment), .loadEvents(profile: state.config.environment)]
            + Alerts.title(state) + fetchAll(&state)
    }
}
