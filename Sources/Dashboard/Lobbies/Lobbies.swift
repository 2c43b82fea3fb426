import EdgegapAPI
import FoundationEssentials

/// The lobby panel's reducer: the list's answers, the selection, and the lobby actions.
enum Lobbies {
    /// The lobby list answered: first-seen and deploying-since times, the selection kept by name.
    static func take(_ lobbies: [Lobby], _ state: inout AppState) -> [Effect] {
        let previous = state.lobbies.feed.value
        let old = previous ?? []
        let before = Dictionary(old.map { ($0.name, $0.status) }, uniquingKeysWith: { a, _ in a })
        state.lobbies.feed.value = lobbies
        // A deploy that fails does so after its outcome was reported: say so when a lobby turns to an error.
        for l in lobbies where LobbyStatus.isError(l.status) {
            guard let old = before[l.name], !LobbyStatus.isError(old) else { continue }
            state.post(.warning, "lobby \(UntrustedText.clean(l.name, limit: 40)): \(UntrustedText.clean(old, limit: 20)) → \(UntrustedText.clean(l.status, limit: 20))",
                       background: true)
        }
        // The first answer's lobbies were there before this dashboard looked: their ages are lower bounds.
        Reducer.remember(lobbies.map(\.name), in: &state.lobbies.firstSeen, now: state.now,
                         lowerBound: state.lobbies.firstSeen.count == 0)
        var since: [String: Date] = [:]
        // Deploying and terminating alike: a terminating lobby still has its url but is on its way out.
        for l in lobbies where LobbyStatus.isTransitional(l.status) {
            since[l.name] = state.lobbies.movingSince[l.name] ?? state.now
        }
        state.lobbies.movingSince = since
        // Since when each is in its status: kept while it stays, now when it changed (a lower bound at first look).
        let firstList = previous == nil
        state.lobbies.statusSince = Dictionary(lobbies.map { l in
            (l.name, before[l.name] == l.status ? state.lobbies.statusSince[l.name] ?? FirstSeen.Record(at: state.now, lowerBound: firstList)
                                                : FirstSeen.Record(at: state.now, lowerBound: firstList))
        }, uniquingKeysWith: { a, _ in a })
        Events.fromLobbies(old: previous, &state)
        let effects = Fleet.deriveProblems(&state)
        select(keeping: old, &state)
        return effects
    }

    /// After the list changed from `old`: the selection stays on its lobby; when that one went, its neighbour takes
    /// it (the lobby now in its place, else the one before) and the message line says so — never the top of the list.
    static func select(keeping old: [Lobby], _ state: inout AppState) {
        let lobbies = state.lobbies.feed.value ?? []
        guard let sel = state.lobbyPane.selectedName else {
            state.lobbyPane.selectedName = lobbies.first?.name
            return
        }
        if lobbies.contains(where: { $0.name == sel }) { return }
        let i = old.firstIndex { $0.name == sel } ?? 0
        state.lobbyPane.selectedName = Neighbour.of(i, in: old.map(\.name), listed: lobbies.map(\.name))
        // Said on the message line unless an outcome of the user's is there: churn never buries what they did.
        state.post(.warning, "lobby \(UntrustedText.clean(sel, limit: 40)) is gone")
    }

    /// The filter changed: the selection stays when its lobby is still listed, else the first listed takes it.
    static func filtered(_ text: String, _ state: inout AppState) {
        state.lobbyPane.filter = text
        let shown = state.visibleLobbies
        if !shown.contains(where: { $0.name == state.lobbyPane.selectedName }) { state.lobbyPane.selectedName = shown.first?.name }
    }

    /// A lobby created here: in the list at once (the refresh confirms it) and selected.
    static func created(_ lobby: Lobby, _ state: inout AppState) {
        var lobbies = state.lobbies.feed.value ?? []
        if !lobbies.contains(where: { $0.name == lobby.name }) { lobbies.append(lobby) }
        state.lobbies.feed.value = lobbies
        state.lobbyPane.selectedName = lobby.name
        Reducer.remember([lobby.name], in: &state.lobbies.firstSeen, now: state.now)
    }

    /// A lobby deleted here: out of the list at once, its neighbour selected without a word (the outcome says it).
    static func deleted(_ name: String, _ state: inout AppState) {
        let old = state.lobbies.feed.value ?? []
        guard let i = old.firstIndex(where: { $0.name == name }) else { return }
        var lobbies = old
        lobbies.remove(at: i)
        state.lobbies.feed.value = lobbies
        if state.lobbyPane.selectedName == name {
            state.lobbyPane.selectedName = Neighbour.of(i, in: old.map(\.name), listed: lobbies.map(\.name))
        }
    }

    /// Runs a lobby command (nil: not one of the panel's).
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .createLobby:
            state.modal = .prompt(Prompt(purpose: .createLobby, label: "new lobby name"))
            return []
        case .filter:
            state.modal = .prompt(Prompt(purpose: .lobbyFilter, label: "filter lobbies: name, status, url", text: state.lobbyPane.filter))
            return []
        case .open:
            guard state.lobbyPane.selectedName != nil else { return Reducer.noTarget("lobby", &state) }
            state.lobbyPane.detailOpen = true
            return []
        case .back where state.lobbyPane.detailOpen && state.lobbyPane.filter.isEmpty:
            state.lobbyPane.detailOpen = false
            return []
        case .deployLobby, .terminateLobby, .deleteLobby:
            guard let n = state.lobbyPane.selectedName, let lobby = state.visibleLobbies.first(where: { $0.name == n }) else {
                return Reducer.noTarget("lobby", &state)
            }
            if let why = LobbyStatus.refusal(command, status: lobby.status, url: lobby.url) {
                state.report(.warning, "lobby \(UntrustedText.clean(n, limit: 40)) \(UntrustedText.clean(why, limit: 80)): nothing sent")
                return []
            }
            let m: Mutation = switch command {
            case .deployLobby: .deployLobby(name: n)
            case .terminateLobby: .terminateLobby(name: n)
            default: .deleteLobby(name: n)
            }
            return MutationFlow.request(m, &state)
        default:
            return nil
        }
    }

    /// Moves the selection.
    static func move(by delta: Int, _ state: inout AppState) -> [Effect] {
        if let n = Reducer.step(state.visibleLobbies, key: \.name, from: state.lobbyPane.selectedName, by: delta) {
            state.lobbyPane.selectedName = n
        }
        return []
    }

    /// What `y` copies here: the selected lobby's url, else its name.
    static func copyTarget(_ state: AppState) -> String? {
        guard let n = state.lobbyPane.selectedName, let l = state.visibleLobbies.first(where: { $0.name == n }) else { return nil }
        return l.url.isEmpty ? l.name : l.url
    }
}
