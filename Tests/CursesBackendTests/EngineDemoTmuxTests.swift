import Foundation
import Testing

/// The real binary in a real terminal (tmux): drawing, resize, keys, exit paths and tty restore.
@Suite(.serialized)
struct EngineDemoTmuxTests {
    private func demoCommand(term: String = "tmux-256color", extra: String = "", arguments: String = "") throws -> String {
        "exec env TERM=\(term) LANG=C.UTF-8 \(extra) \(DemoBinary.shellQuoted(try DemoBinary.path())) engine-demo \(arguments)"
    }

    private func waitForText(_ tmux: TmuxServer, _ text: String, within: Duration = .seconds(20)) throws -> Bool {
        try eventually(within: within) { try tmux.screen().contains(text) }
    }

    @Test func drawsResizesEchoesKeysAndQuits() throws {
        let tmux = try TmuxServer(command: try demoCommand())
        #expect(try waitForText(tmux, "Size: 80x24"), "first frame never appeared:\n\(try tmux.screen())")
        let lines = try tmux.lines()
        #expect(lines[0].contains("RelayDeck engine demo"))
        #expect(lines[2].contains("TERM=tmux-256color") && lines[2].contains("utf8: yes"))
        #expect(lines[4].hasPrefix(" ┌") && lines[4].hasSuffix("┐"))
        #expect(lines[9].contains("Wide: 中文 ok") && lines[9].hasSuffix("│"))
        #expect(lines[23].contains("q quit") && lines[23].hasSuffix("80x24 "))
        #expect(tmux.alternateScreenOn)

        try tmux.command("resize-window", "-x", "120", "-y", "40")
        #expect(try waitForText(tmux, "Size: 120x40"))
        #expect(try eventually(within: .seconds(5)) { try tmux.lines()[39].hasSuffix("120x40 ") })

        try tmux.sendKeys("Up")
        #expect(try waitForText(tmux, "Last key: up"))
        try tmux.sendKeys("Escape")
        #expect(try waitForText(tmux, "Last key: escape"))
        try tmux.sendKeys("BTab")
        #expect(try waitForText(tmux, "Last key: backTab"))

        try tmux.sendKeys("q")
        #expect(eventually(within: .seconds(5)) { tmux.isDead })
        #expect(tmux.exitStatus == 0)
        #expect(!tmux.alternateScreenOn)
    }

    @Test(arguments: [("HUP", Int32(129)), ("TERM", 143), ("INT", 130)])
    func signalsExitWithinASecondAndRestore(signal: String, status: Int32) throws {
        let tmux = try TmuxServer(command: try demoCommand())
        #expect(try waitForText(tmux, "Frames:"))
        let pid = try #require(tmux.panePID)
        let sent = ContinuousClock.now
        try runProcess("/bin/kill", ["-\(signal)", "\(pid)"])
        #expect(eventually(within: .seconds(1), every: .milliseconds(10)) { tmux.isDead },
                "SIG\(signal) did not end the demo within a second (\(ContinuousClock.now - sent))")
        #expect(tmux.exitStatus == status)
        #expect(!tmux.alternateScreenOn)
    }

    @Test(arguments: ["q", "C-c"])
    func ttyIsCanonicalWithEchoAfterExit(key: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("rd-stty-\(UUID().uuidString)").path
        let demo = DemoBinary.shellQuoted(try DemoBinary.path())
        let tmux = try TmuxServer(command: "sh -c 'TERM=tmux-256color \(demo) engine-demo; stty -a > \(out)'")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try waitForText(tmux, "Frames:"))
        try tmux.sendKeys(key)
        #expect(eventually(within: .seconds(5)) { tmux.isDead })
        let stty = try String(contentsOfFile: out, encoding: .utf8)
        let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("echo") && words.contains("icanon"), "tty left as: \(stty)")
        #expect(!words.contains("-echo") && !words.contains("-icanon"))
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "screen", "linux", "vt100"])
    func startsAndQuitsUnder(term: String) throws {
        let tmux = try TmuxServer(command: try demoCommand(term: term))
        #expect(try waitForText(tmux, "Size: 80x24"), "\(term): \(try tmux.screen())")
        #expect(try tmux.screen().contains("TERM=\(term)"))
        try tmux.sendKeys("q")
        #expect(eventually(within: .seconds(5)) { tmux.isDead })
        #expect(tmux.exitStatus == 0)
    }

    @Test func dumbTerminalExitsTwoWithAMessage() throws {
        let demo = DemoBinary.shellQuoted(try DemoBinary.path())
        let tmux = try TmuxServer(command: "sh -c 'TERM=dumb \(demo) engine-demo; echo status=$?'")
        #expect(try waitForText(tmux, "status=2"), "\(try tmux.screen())")
        #expect(try tmux.screen().contains("cannot move the cursor"))
    }

    @Test func monochromeAndASCIIModes() throws {
        let never = try TmuxServer(command: try demoCommand(arguments: "--color never"))
        #expect(try waitForText(never, "colour: mono"))
        let noColor = try TmuxServer(command: try demoCommand(extra: "NO_COLOR=1"))
        #expect(try waitForText(noColor, "colour: mono"))
        let forced = try TmuxServer(command: try demoCommand(extra: "NO_COLOR=1", arguments: "--color always"))
        #expect(try waitForText(forced, "colour: c256"))
        let ascii = try TmuxServer(command: try demoCommand(arguments: "--ascii"))
        #expect(try waitForText(ascii, "utf8: no"))
        #expect(try ascii.lines()[4].hasPrefix(" +----"))
    }
}
