import Dashboard
import Foundation
import Testing
import TerminalUI
@testable import RelayDeckApp

/// `commands:` in config.yaml: each mistake exits 2 naming the file, the line and the reason; a profile's command
/// replaces the top-level one of its name; a key a built-in action has where the command works is refused.
@Suite struct CommandsConfigTests {
    func problem(_ yaml: String) -> String? {
        do {
            _ = try ConfigFile.parse(yaml, path: "c.yaml")
            return nil
        } catch { return String(describing: error) }
    }

    @Test func eachMistakeIsNamed() {
        let base = "commands:\n  - name: g\n    key: H\n    scope: session\n    program: xdg-open\n"
        #expect(problem(base + "    args: [\"{session}\"]\n")?.hasPrefix("c.yaml:6: commands[0].args: {session} is not a placeholder of a session (did you mean \"session_id\"?)") == true)
        #expect(problem(base + "    args: [\"{lobby_url}\"]\n")?.contains("is not a placeholder of a session") == true)
        #expect(problem(base.replacingOccurrences(of: "xdg-open", with: "'{session_id}'"))?.contains("the program is fixed") == true)
        #expect(problem(base.replacingOccurrences(of: "session\n", with: "sesion\n"))?.contains("is not a scope; scopes: session, user, lobby") == true)
        #expect(problem(base + "    mode: fg\n")?.contains("is not a mode") == true)
        #expect(problem(base + "    read_only: yes\n")?.contains("is not allowed or refused") == true)
        #expect(problem(base + "    shell: true\n")?.contains("unknown key") == true)
        #expect(problem(base + base.replacingOccurrences(of: "commands:\n", with: ""))?.contains("a second command named \"g\"") == true)
        #expect(problem("commands:\n  - name: g\n    scope: session\n    program: x\n")?.contains("needs key:") == true)
        #expect(problem(base) == nil)
    }

    @Test func aKeyTakenWhereTheCommandWorksIsRefusedAndProfilesOverrideByName() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.writeConfig("""
            commands:
              - name: grafana
                key: D
                scope: session
                program: xdg-open
            profiles:
              ops:
                api_key_env: OPS_KEY
            """)
        do {
            _ = try ProfileResolver(environment: dir.environment()).resolve(ProfileOverrides(profile: "ops"))
            Issue.record("a clash was taken")
        } catch {
            #expect(String(describing: error).hasSuffix("config/relaydeck/config.yaml:3: commands.grafana.key: D is already delete-session in sessions; `relaydeck keys` lists the keys in force"), "\(error)")
        }
        try dir.writeConfig("""
            commands:
              - name: grafana
                key: H
                scope: session
                program: xdg-open
                args: ["https://grafana.example/d/relay?var-session={session_id}"]
              - name: whois
                key: W
                scope: user
                program: whois
                args: ["{user_ip}"]
            profiles:
              ops:
                api_key_env: OPS_KEY
                commands:
                  - name: grafana
                    key: H
                    scope: session
                    program: firefox
            """)
        let p = try ProfileResolver(environment: dir.environment()).resolve(ProfileOverrides(profile: "ops"))
        #expect(p.commands.map(\.name) == ["whois", "grafana"])
        #expect(p.commands.last?.program == "firefox")
    }
}
