import EdgegapAPI
import TerminalUI

/// Runs the operator's own commands: the key looked up before the built-in ones (the config refuses a key that is
/// both), the target's values taken from what the screen shows, a confirmation when the command asks for one, and
/// the outcome (exit status, output) in the message line and history. Each run is audited by the runner.
public enum CustomCommands {
    /// The command `key` starts where the keys are now (nil: none).
    static func command(for key: Key, _ state: AppState) -> CustomCommand? {
        state.config.commands.first { $0.key == key && $0.panes.contains(state.focus) }
    }

    static func request(_ c: CustomCommand, _ state: inout AppState) -> [Effect] {
        if state.config.readOnly && !c.readOnlyAllowed {
            state.report(.warning, "read-only profile: \(c.name) is not allowed here (read_only: allowed in its config lets it run)")
            return []
        }
        guard let (values, target) = values(c.scope, state) else { return Reducer.noTarget(c.scope.rawValue, &state) }
        switch c.run(values: values, target: target) {
        case .failure(let why):
            state.report(.warning, "\(c.name) not run: \(why.text)")
            return []
        case .success(let run) where c.confirm:
            var q = Confirmation(subject: .command(run), title: "Run \(c.name)?", lines: ["On \(UntrustedText.clean(target, limit: 80)):", run.shown])
            q.confirmFocused = true
            state.modal = .confirm(q)
            return []
        case .success(let run):
            return start(run, &state)
        }
    }

    static func start(_ run: CommandRun, _ state: inout AppState) -> [Effect] {
        if run.mode == .background {
            state.report(.info, "\(run.name) on \(UntrustedText.clean(run.target, limit: 80))\u{2026}")
            state.commandsRunning.append(run)
        }
        return [.runCommand(run)]
    }

    /// The quit question's line about background commands still running (nil: none).
    static func runningLine(_ state: AppState) -> String? {
        let running = state.commandsRunning
        guard !running.isEmpty else { return nil }
        let names = running.prefix(2).map { "\($0.name) on \(UntrustedText.clean($0.target, limit: 40))" }.joined(separator: ", ")
            + (running.count > 2 ? " and \(running.count - 2) more" : "")
        return "\(running.count) command\(running.count == 1 ? "" : "s") still running (\(names)): \(running.count == 1 ? "it goes" : "they go") on after RelayDeck quits."
    }

    /// The run ended: its output (the last lines) in the history, its exit status on the message line.
    static func finished(_ run: CommandRun, status: Int32, output: [String], _ state: inout AppState) {
        if let i = state.commandsRunning.firstIndex(of: run) { state.commandsRunning.remove(at: i) }
        defer { Reducer.followQuitQuestion(&state) }
        // Posted last line first: the history lists newest first, so the output reads top to bottom there.
        for line in output.suffix(outputKept + 1).reversed() { state.post(.info, "\(run.name): \(UntrustedText.clean(line, limit: 200))") }
        let target = UntrustedText.clean(run.target, limit: 80)
        let how = switch status {
        case 0: "done (exit 0)"
        case 127: "could not run \(UntrustedText.clean(run.argv.first ?? "", limit: 60)) (exit 127: not found)"
        case 128...: "ended by signal \(status - 128)"
        case ..<0: "could not be started"
        default: "exit \(status)"
        }
        state.report(status == 0 ? .success : .error, "\(run.name) on \(target): \(how)" + (output.isEmpty ? "" : " \u{2014} m shows its output"))
    }

    /// Output lines kept in the history a run.
    public static let outputKept = 20

    /// The target's values and its name in words, from what the screen shows (nil: nothing of that kind selected).
    static func values(_ scope: CustomCommand.Scope, _ state: AppState) -> ([String: String], String)? {
        var v = ["profile": state.config.environment, "api_host": state.config.apiHost]
        switch scope {
        case .session, .user:
            guard let s = SessionDetail.shown(state) ?? SessionList.selected(state) else { return nil }
            v["session_id"] = s.sessionID
            v["session_status"] = s.status
            v["session_token"] = s.authorizationToken.map(String.init)
            v["relay_ip"] = s.relay?.ip
            v["relay_host"] = s.relay?.host
            v["server_port"] = s.relay?.ports?.server?.port.map(String.init)
            v["client_port"] = s.relay?.ports?.client?.port.map(String.init)
            guard scope == .user else { return (v, "session \(s.sessionID)") }
            guard state.focus == .detail, state.detail.field == nil, !s.sessionUsers.isEmpty else { return nil }
            let u = s.sessionUsers[min(state.detail.selectedUser, s.sessionUsers.count - 1)]
            v["user_ip"] = u.ipAddress
            v["user_token"] = u.authorizationToken.map(String.init)
            return (v, "user \(u.ipAddress) on \(s.sessionID)")
        case .lobby:
            guard let name = state.lobbyPane.selectedName, let l = state.visibleLobbies.first(where: { $0.name == name }) else { return nil }
            v["lobby_name"] = l.name
            v["lobby_status"] = l.status
            v["lobby_url"] = l.url
            return (v, "lobby \(l.name)")
        }
    }
}
