import Foundation
import Testing

/// The real binary in a real terminal (tmux): drawing, resize, keys, exit paths and tty restore.
@Suite(.serialized)
struct EngineDemoTmuxTests {
    private static func text(_ demo: DemoSession) -> String { (try? demo.tmux.screen()) ?? "" }

    private func waitForText(_ demo: DemoSession, _ text: String, within: Duration = .seconds(20)) async throws -> Bool {
        try await eventually(within: within) { try demo.tmux.screen().contains(text) }
    }

    private func waitForExit(_ demo: DemoSession) async -> Int32? {
        _ = try? await eventually(within: .seconds(5)) { demo.exitStatus != nil }
        return demo.exitStatus
    }

    @Test func drawsResizesEchoesKeysAndQuits() async throws {
        let demo = try DemoSession()
        let tmux = demo.tmux
        #expect(try await waitForText(demo, "Size: 80x24"), "first frame never appeared:\n\(Self.text(demo))")
        let lines = try tmux.lines()
        #expect(lines[0].contains("RelayDeck engine demo"))
        #expect(lines[2].contains("TERM=tmux-256color") && lines[2].contains("utf8: yes"))
        #expect(lines[4].hasPrefix(" ┌") && lines[4].hasSuffix("┐"))
        #expect(lines[9].contains("Wide: 中文 ok") && lines[9].hasSuffix("│"))
        #expect(lines[23].contains("q quit") && lines[23].hasSuffix("80x24"))
        #expect(tmux.alternateScreenOn)

        try tmux.command("resize-window", "-x", "120", "-y", "40")
        #expect(try await waitForText(demo, "Size: 120x40"))
        #expect(try await eventually(within: .seconds(5)) { try tmux.lines()[39].hasSuffix("120x40") })

        try tmux.sendKeys("Up")
        #expect(try await waitForText(demo, "Last key: up"))
        try tmux.sendKeys("Escape")
        #expect(try await waitForText(demo, "Last key: escape"))
        try tmux.sendKeys("BTab")
        #expect(try await waitForText(demo, "Last key: backTab"))

        try tmux.sendKeys("q")
        #expect(await waitForExit(demo) == 0)
        #expect(!tmux.alternateScreenOn)
    }

    /// Inside tmux with `TERM=xterm-256color` (a common override), tmux sends its own sequences (`ESC[1~` for Home)
    /// that xterm's terminfo does not list: they must still read as one key each, and an unknown one as none.
    @Test func keysArriveWholeWhateverTerminfoSays() async throws {
        let demo = try DemoSession(term: "xterm-256color")
        #expect(try await waitForText(demo, "Frames:"), "first frame never appeared:\n\(Self.text(demo))")
        for (key, shown) in [("Home", "home"), ("End", "end"), ("PPage", "pageUp"), ("NPage", "pageDown"),
                             ("F5", "function(5)"), ("F12", "function(12)"), ("C-Up", "up"), ("DC", "delete")] {
            try demo.tmux.sendKeys(key)
            #expect(try await waitForText(demo, "Last key: \(shown) "), "\(key): \(Self.text(demo))")
        }
        // Raw bytes: Home as PuTTY and rxvt send it, application-mode Down, then an unknown sequence and `x`.
        for (hex, shown) in [(["1b", "5b", "37", "7e"], "home"), (["1b", "4f", "42"], "down"), (["1b", "4f", "46"], "end")] {
            try demo.tmux.command(["send-keys", "-H"] + hex)
            #expect(try await waitForText(demo, "Last key: \(shown) "), "\(hex): \(Self.text(demo))")
        }
        try demo.tmux.command(["send-keys", "-H", "1b", "5b", "39", "39", "71", "78"])
        #expect(try await waitForText(demo, "Last key: char(\"x\")"), "unknown sequence: \(Self.text(demo))")
        #expect(!Self.text(demo).contains("Last key: char(\"q\")"))
        try demo.tmux.sendKeys("q")
        #expect(await waitForExit(demo) == 0)
    }

    @Test(arguments: [("HUP", Int32(129)), ("TERM", 143), ("INT", 130)])
    func signalsExitWithinASecondAndRestore(signal: String, status: Int32) async throws {
        let demo = try DemoSession()
        #expect(try await waitForText(demo, "Frames:"))
        let pid = try #require(demo.demoPID)
        let sent = ContinuousClock.now
        try runProcess("/bin/kill", ["-\(signal)", "\(pid)"])
        #expect(try await eventually(within: .seconds(1), every: .milliseconds(10)) { TmuxServer.hasExited(pid) },
                "SIG\(signal) did not end the demo within a second (\(ContinuousClock.now - sent))")
        #expect(await waitForExit(demo) == status)
        #expect(!demo.tmux.alternateScreenOn)
    }

    @Test(arguments: ["q", "C-c"])
    func ttyIsCanonicalWithEchoAfterExit(key: String) async throws {
        let demo = try DemoSession()
        #expect(try await waitForText(demo, "Frames:"))
        try demo.tmux.sendKeys(key)
        #expect(await waitForExit(demo) == (key == "q" ? 0 : 130))
        #expect(try await eventually(within: .seconds(5)) { demo.sttyAfterExit?.contains("speed") == true })
        let stty = demo.sttyAfterExit ?? ""
        let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("echo") && words.contains("icanon"), "tty left as: \(stty)")
        #expect(!words.contains("-echo") && !words.contains("-icanon"))
    }

    @Test func aCrashStillRestoresTheTerminal() async throws {
        let demo = try DemoSession(environment: "SWIFT_BACKTRACE=enable=no", arguments: "--crash-key")
        #expect(try await waitForText(demo, "Frames:"))
        #expect(demo.tmux.alternateScreenOn)
        try demo.tmux.sendKeys("!")
        let status = await waitForExit(demo)
        #expect(status.map { $0 > 128 } == true, "a crash should end by a signal: \(String(describing: status))")
        #expect(!demo.tmux.alternateScreenOn)
        #expect(try await eventually(within: .seconds(5)) { demo.sttyAfterExit?.contains("speed") == true })
        let words = Set((demo.sttyAfterExit ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("echo") && words.contains("icanon"))
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "screen", "linux", "vt100"])
    func startsAndQuitsUnder(term: String) async throws {
        let demo = try DemoSession(term: term)
        #expect(try await waitForText(demo, "Size: 80x24"), "\(term): \(Self.text(demo))")
        #expect(try demo.tmux.screen().contains("TERM=\(term)"))
        try demo.tmux.sendKeys("q")
        #expect(await waitForExit(demo) == 0)
    }

    @Test func dumbTerminalExitsTwoWithAMessage() async throws {
        let demo = try DemoSession(term: "dumb")
        #expect(await waitForExit(demo) == 2, "\(Self.text(demo))")
        #expect(Self.text(demo).contains("cannot move the cursor"))
    }

    @Test func monochromeAndASCIIModes() async throws {
        let never = try DemoSession(arguments: "--color never")
        #expect(try await waitForText(never, "colour: mono"))
        let noColor = try DemoSession(environment: "NO_COLOR=1")
        #expect(try await waitForText(noColor, "colour: mono"))
        let forced = try DemoSession(environment: "NO_COLOR=1", arguments: "--color always")
        #expect(try await waitForText(forced, "colour: c256"))
        let ascii = try DemoSession(arguments: "--ascii")
        #expect(try await waitForText(ascii, "utf8: no"))
        #expect(try ascii.tmux.lines()[4].hasPrefix(" +----"))
    }
}
