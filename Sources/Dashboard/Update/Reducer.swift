import EdgegapAPI
import Foundation
import TerminalUI

/// The pure update function: `reduce(&state, action)` changes the state and returns the effects to run.
public enum Reducer {
    /// Applies one action.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .start(let now):
            state.now = now
            state.post(.info, "connected to \(UntrustedText.clean(state.config.apiHost, limit: 60)) · ? for keys")
            effects += fetchSessions(&state) + fetchDetail(&state) + fetchLobbies(&state)
        case .key(let key):
            effects += KeyHandling.handle(key, &state)
        case .resize(let w, let h):
            // Re-layout only: nothing is fetched again.
            state.width = max(0, w)
            state.height = max(0, h)
        case .tick(let now):
            state.now = now
        case .timerFired(let id, let now):
            state.now = now
            effects += timerFired(id, &state)
        case .sessionsLoaded(let gen, let page, let result, let at):
            state.now = max(state.now, at)
            effects += sessionsLoaded(gen, page, result, &state)
        case .sessionLoaded(let gen, let id, let result, let at):
            state.now = max(state.now, at)
            effects += sessionLoaded(gen, id, result, &state)
        case .lobbiesLoaded(let gen, let result, let at):
            state.now = max(state.now, at)
            effects += lobbiesLoaded(gen, result, &state)
        case .probed(let gen, let error, let at):
            state.now = max(state.now, at)
            effects += probed(gen, error, &state)
        case .mutationFinished(let m, let outcome, let at):
            state.now = max(state.now, at)
            effects += MutationFlow.finished(m, outcome, &state)
        case .auditLoaded(let lines):
            state.modal = .audit(lines: lines.map { UntrustedText.clean($0, limit: 400) }, scroll: 0)
        case .notice(let level, let text):
            state.post(level, UntrustedText.clean(text))
        }
        if !state.quitting { effects += clockEffect(state) + probeEffect(&state) }
        return effects
    }

    // MARK: answers (polling itself: Reducer+Polling.swift)

    /// Posts an error message unless the same error is already the newest message (no flooding).
    static func postError(_ text: String, _ state: inout AppState) {
        if state.messages.last?.text == text && state.messages.last?.level == .error { return }
        state.post(.error, text)
    }

    static func sessionsLoaded(_ gen: Int, _ page: Int, _ result: Result<SessionPage, APIError>, _ state: inout AppState) -> [Effect] {
        guard gen == state.sessions.feed.generation, page == state.sessions.page else { return [] }
        switch result {
        case .success(let value):
            // Keep the selection on the same id; if it is gone, stay at the same row index.
            let oldRows = state.sessions.visibleRows()
            let oldIndex = state.sessions.selectedIndex(in: oldRows)
            state.sessions.feed.succeed(value, at: state.now)
            remember(value.sessions.map(\.sessionID), in: &state.sessions.firstSeen, now: state.now)
            state.totalsHistory.append(value.totalCount)
            if state.totalsHistory.count > AppState.historyLimit { state.totalsHistory.removeFirst() }
            let rows = state.sessions.visibleRows()
            var effects: [Effect] = []
            if let id = state.sessions.selectedID, rows.contains(where: { $0.sessionID == id }) {
                // still there
            } else if !rows.isEmpty {
                state.sessions.selectedID = rows[min(oldIndex, rows.count - 1)].sessionID
                followSelection(&state)
                // The detail pane follows: give it its own fetch (and poll) for the new selection.
                effects += fetchDetail(&state)
            } else {
                state.sessions.selectedID = nil
            }
            // The detail follows the page while its session is on it, and polls on its own once it is not.
            let wasRiding = state.detail.ridesOnPage
            if rideOnPage(&state) {
                if !wasRiding { effects += [.cancelTimer(.pollDetail)] }
            } else if wasRiding && !effects.contains(where: { if case .fetchSession = $0 { true } else { false } }) {
                effects += fetchDetail(&state)
            }
            // The page we are on no longer exists (sessions went away): go to the last one.
            if value.sessions.isEmpty && state.sessions.page > 1 && state.sessions.page > value.pagination.paginator.numPages {
                state.sessions.page = max(1, value.pagination.paginator.numPages)
                return effects + fetchSessions(&state, force: true)
            }
            return effects + [.schedule(.pollSessions, seconds: state.config.refresh)]
        case .failure(let error):
            let delay = backoff(error, failures: state.sessions.feed.failures, config: state.config)
            state.sessions.feed.fail(error, retryAt: state.now.addingTimeInterval(delay))
            postError("sessions: \(ErrorText.describe(error))", &state)
            return [.schedule(.pollSessions, seconds: delay)]
        }
    }

    static func sessionLoaded(_ gen: Int, _ id: String, _ result: Result<RelaySession, APIError>, _ state: inout AppState) -> [Effect] {
        guard gen == state.detail.feed.generation, id == state.detail.sessionID else { return [] }
        switch result {
        case .success(let s):
            state.detail.feed.succeed(s, at: state.now)
            state.detail.gone = false
            state.detail.selectedUser = min(state.detail.selectedUser, max(0, s.sessionUsers.count - 1))
            remember([s.sessionID], in: &state.sessions.firstSeen, now: state.now)
            return state.detail.ridesOnPage ? [] : [.schedule(.pollDetail, seconds: state.config.refresh)]
        case .failure(.notFound):
            // Gone is a fact, not an error: stop polling it.
            state.detail.feed.inFlight = false
            state.detail.feed.error = nil
            if !state.detail.gone { state.post(.warning, "session \(UntrustedText.clean(id, limit: 40)) no longer exists") }
            state.detail.gone = true
            return [.cancelTimer(.pollDetail)]
        case .failure(let error):
            let delay = backoff(error, failures: state.detail.feed.failures, config: state.config)
            state.detail.feed.fail(error, retryAt: state.now.addingTimeInterval(delay))
            postError("session detail: \(ErrorText.describe(error))", &state)
            return [.schedule(.pollDetail, seconds: delay)]
        }
    }

    static func lobbiesLoaded(_ gen: Int, _ result: Result<[Lobby], APIError>, _ state: inout AppState) -> [Effect] {
        guard gen == state.lobbies.feed.generation else { return [] }
        switch result {
        case .success(let lobbies):
            state.lobbies.feed.succeed(lobbies, at: state.now)
            remember(lobbies.map(\.name), in: &state.lobbies.firstSeen, now: state.now)
            var since: [String: Date] = [:]
            for l in lobbies where l.url.isEmpty && LobbyStatus.isTransitional(l.status) {
                since[l.name] = state.lobbies.deployingSince[l.name] ?? state.now
            }
            state.lobbies.deployingSince = since
            if let sel = state.lobbies.selectedName, lobbies.contains(where: { $0.name == sel }) {
            } else {
                state.lobbies.selectedName = lobbies.first?.name
            }
            return [.schedule(.pollLobbies, seconds: state.config.refresh)]
        case .failure(let error):
            let delay = backoff(error, failures: state.lobbies.feed.failures, config: state.config)
            state.lobbies.feed.fail(error, retryAt: state.now.addingTimeInterval(delay))
            postError("lobbies: \(ErrorText.describe(error))", &state)
            return [.schedule(.pollLobbies, seconds: delay)]
        }
    }

    /// The clock: ticks once a second while something on screen counts (stale, errors, work in flight);
    /// otherwise one wake-up at the moment data would turn stale, and none at all while polls keep coming.
    static func clockEffect(_ state: AppState) -> [Effect] {
        let interval = state.config.refresh
        let feeds: [(Date?, APIError?, Bool)] = [
            (state.sessions.feed.updatedAt, state.sessions.feed.error, true),
            (state.detail.feed.updatedAt, state.detail.feed.error, state.detail.sessionID != nil && !state.detail.gone),
            (state.lobbies.feed.updatedAt, state.lobbies.feed.error, true),
        ]
        let animating = !state.pending.isEmpty || !state.lobbies.deployingSince.isEmpty
        let troubled = feeds.contains { $0.2 && ($0.1 != nil || ($0.0.map { state.now.timeIntervalSince($0) > 2 * interval } ?? false)) }
        if animating || troubled { return [.schedule(.clock, seconds: 1)] }
        let deadlines = feeds.compactMap { f -> Double? in
            guard f.2, let at = f.0 else { return nil }
            return at.addingTimeInterval(2 * interval).timeIntervalSince(state.now)
        }
        guard let next = deadlines.min() else { return [] }
        return [.schedule(.clock, seconds: max(0.05, next + 0.05))]
    }
}
