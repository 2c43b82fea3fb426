@testable import Dashboard
@testable import DashboardRuntime
import EdgegapAPI
import Foundation
import Testing
import TerminalUI

private typealias F = Fixtures

/// The operator's own commands: arguments built from the target's raw values, one argument each, no shell; a value
/// with control bytes refuses to run; read-only profiles run only what is allowed; each run is reported.
@Suite struct CustomCommandTests {
    static let echo = CustomCommand(name: "echo", key: .char("H"), scope: .session, program: "/bin/sh",
                                    arguments: ["-c", "printf '%s|' \"$@\"; printf '%s' \"$RELAYDECK_SESSION_ID\"", "sh", "{session_id}", "relay={relay_ip}"])

    func state(_ sessions: [RelaySession], commands: [CustomCommand] = [echo], readOnly: Bool = false) -> AppState {
        var config = F.config(readOnly: readOnly)
        config.commands = commands
        return F.loaded(sessions, config: config)
    }

    @Test func argumentsAreTheRawValuesOneEachAndNoShellSeesThem() throws {
        let hostile = "a b;$(touch /tmp/relaydeck-pwned)`id`-S"
        var s = state([F.session(hostile)])
        let effects = F.press(&s, .char("H"))
        guard case .runCommand(let run)? = effects.first else { Issue.record("nothing run: \(String(describing: s.messageLine))"); return }
        #expect(run.argv == ["/bin/sh", "-c", "printf '%s|' \"$@\"; printf '%s' \"$RELAYDECK_SESSION_ID\"", "sh", hostile, "relay=198.51.100.7"])
        #expect(run.environment["RELAYDECK_SESSION_ID"] == hostile && run.environment["RELAYDECK_PROFILE"] == "DEMO")
        // Run for real: the program gets the value as one argument, and nothing it holds is executed.
        try? FileManager.default.removeItem(atPath: "/tmp/relaydeck-pwned")
        let (status, output) = ProgramLauncher.background(run, keep: 5)
        #expect(status == 0)
        #expect(output == ["\(hostile)|relay=198.51.100.7|\(hostile)"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/relaydeck-pwned"))
    }

    @Test func aValueWithControlBytesRefusesToRun() {
        var s = state([F.session("evil\u{1B}]52;c;aGk=\u{07}-S")])
        #expect(F.press(&s, .char("H")).isEmpty)
        let text = s.messageLine?.text ?? ""
        #expect(text == "echo not run: session_id of session evil␛]52;c;aGk=^G-S holds control characters (evil␛]52;c;aGk=^G-S)", "\(text)")
        #expect(!text.contains("\u{1B}"))
        // A value not known yet (no relay) is said too.
        var t = state([F.session("waiting-S", status: "Initializing", ready: false)])
        #expect(F.press(&t, .char("H")).isEmpty)
        #expect(t.messageLine?.text == "echo not run: relay_ip is not known for session waiting-S yet")
    }

    @Test func confirmAskedReadOnlyRefusedUnlessAllowed() {
        var asking = Self.echo
        asking.confirm = true
        var s = state(F.ids("s-1"), commands: [asking])
        #expect(F.press(&s, .char("H")).isEmpty)
        guard case .confirm(let c)? = s.modal, case .command = c.subject else { Issue.record("no question"); return }
        #expect(F.render(s).contains("Run echo?"))
        #expect(F.press(&s, .enter).count == 1)
        var ro = state(F.ids("s-1"), readOnly: true)
        #expect(F.press(&ro, .char("H")).isEmpty)
        #expect(ro.messageLine?.text.hasPrefix("read-only profile: echo is not allowed here") == true)
        var allowed = Self.echo
        allowed.readOnlyAllowed = true
        var ok = state(F.ids("s-1"), commands: [allowed], readOnly: true)
        #expect(F.press(&ok, .char("H")).count == 1)
    }

    @Test func theOutcomeIsSaidWithItsOutput() {
        var s = state(F.ids("s-1"))
        let run = CommandRun(name: "lookup", mode: .background, argv: ["whois"], environment: [:], target: "user 1.2.3.4 on s-1")
        _ = F.reduce(&s, .commandFinished(run, status: 2, output: ["line one", "bad \u{1B}[31m"], at: F.t0))
        #expect(s.messageLine?.text == "lookup on user 1.2.3.4 on s-1: exit 2 — m shows its output")
        #expect(s.messages.contains { $0.text == "lookup: bad ␛[31m" })
        _ = F.reduce(&s, .commandFinished(run, status: 127, output: [], at: F.t0))
        #expect(s.messageLine?.text == "lookup on user 1.2.3.4 on s-1: could not run whois (exit 127: not found)")
    }

    @Test func quittingWhileABackgroundCommandRunsAsks() {
        var s = state(F.ids("s-1"))
        #expect(F.press(&s, .char("H")).count == 1)
        F.press(&s, .char("q"))
        guard case .confirm(let c)? = s.modal, case .quit = c.subject else { Issue.record("no question"); return }
        #expect(c.lines.first == "1 command still running (echo on session s-1): it goes on after RelayDeck quits.")
        // It ends meanwhile: the question closes.
        let run = s.commandsRunning[0]
        _ = F.reduce(&s, .commandFinished(run, status: 0, output: [], at: F.t0))
        #expect(s.modal == nil && s.commandsRunning.isEmpty)
    }

    @Test func aMissingProgramIsAnExitStatusNotACrash() {
        let run = CommandRun(name: "x", mode: .background, argv: ["/nonexistent/program"], environment: [:], target: "t")
        let (status, _) = ProgramLauncher.background(run, keep: 5)
        #expect(status == 127 || status == -1)
    }
}
