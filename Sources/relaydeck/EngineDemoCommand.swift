import ArgumentParser
import CursesBackend
import DashboardRuntime
import FoundationEssentials
import Glibc
import TerminalUI

extension ColorMode: ExpressibleByArgument {}

/// `relaydeck engine-demo`: a small screen that exercises the terminal engine (used by the pty tests).
struct EngineDemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "engine-demo", abstract: "Terminal engine demo screen.", shouldDisplay: false)

    // --color and --ascii belong to the root command, which takes them wherever they appear on the line.
    @ParentCommand var root: RelayDeck

    @Flag(help: .hidden)
    var fill = false

    /// `!` crashes the demo (tests that a crash still restores the terminal).
    @Flag(help: .hidden)
    var crashKey = false

    func run() async throws {
        let options = TerminalOptions(colorMode: root.color, ascii: root.ascii)
        let fill = fill, crashKey = crashKey
        // The loop blocks in poll(): it gets a thread of its own, so no pool thread is held (a held one makes
        // libdispatch's pool monitor tick every second) and the process sleeps while idle.
        let result = await withCheckedContinuation { (done: CheckedContinuation<Result<ExitReason, TerminalError>, Never>) in
            DetachedThread.start {
                let outcome: Result<ExitReason, TerminalError>
                do {
                    outcome = .success(try CursesTerminal.run(options: options) { capabilities, _ in
                        EngineDemoProgram(capabilities: capabilities, fill: fill, crashKey: crashKey)
                    })
                } catch let error as TerminalError {
                    outcome = .failure(error)
                } catch {
                    outcome = .failure(.system("\(error)"))
                }
                done.resume(returning: outcome)
            }
        }
        switch result {
        case .success(let reason):
            if reason != .quit { throw ExitCode(reason.exitCode) }
        case .failure(let error):
            // The terminal is already restored here, so the message lands on the normal screen.
            let message = "relaydeck: \(error)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            throw ExitCode(2)
        }
    }
}

/// The demo screen: capabilities, a box, styled lines, the last key and a frame counter. `q` quits.
final class EngineDemoProgram: TerminalProgram {
    private let capabilities: TerminalCapabilities
    /// Fill the empty rows with styled text, so a full repaint costs what a busy screen costs (benchmark).
    private let fill: Bool
    private let crashKey: Bool
    private var width = 0
    private var height = 0
    private var lastKey = "none"
    private var frames = 0
    private var wakes = 0
    private(set) var needsFrame = true

    init(capabilities: TerminalCapabilities, fill: Bool = false, crashKey: Bool = false) {
        self.capabilities = capabilities
        self.fill = fill
        self.crashKey = crashKey
    }

    func handle(_ event: TerminalEvent) -> Bool {
        switch event {
        case .key(.char("q")):
            return false
        case .key(.char("!")) where crashKey:
            fatalError("engine-demo: crash requested with --crash-key")
        case .key(let key):
            lastKey = String(describing: key)
        case .resize(let w, let h):
            width = w
            height = h
        case .wake:
            wakes += 1
        case .resumed, .mouse, .cameBack:
            break
        }
        needsFrame = true
        return true
    }

    func draw(into buffer: inout Buffer) {
        frames += 1
        needsFrame = false
        let caps = capabilities
        let accent = Style(fg: .rgb(80, 160, 255), attributes: .bold)
        buffer.write("RelayDeck engine demo", x: 1, y: 0, style: accent)
        buffer.write("Size: \(width)x\(height)", x: 1, y: 1)
        buffer.write("TERM=\(caps.termName)  colour: \(caps.colorDepth.rawValue)  pairs: \(caps.colorPairs)  utf8: \(caps.utf8 ? "yes" : "no")", x: 1, y: 2)
        drawBox(into: &buffer, Rect(x: 1, y: 4, width: min(44, width - 2), height: 7))
        buffer.write("Last key: \(lastKey)   Frames: \(frames)   Wakes: \(wakes)", x: 1, y: 12, style: Style(attributes: .reverse))
        buffer.write("q quit  ^L repaint", x: 1, y: height - 1, style: Style(fg: .ansi(8)))
        if fill { drawFiller(into: &buffer, rows: 14..<max(14, height - 1)) }
        let corner = "\(width)x\(height)"
        buffer.write(corner, x: width - corner.count - 1, y: height - 1, style: Style(fg: .ansi(3)))
    }

    private func drawFiller(into buffer: inout Buffer, rows: Range<Int>) {
        let words = ["relay", "session", "lobby", "ready", "deploying", "eu-west", "us-east", "ap-south"]
        for y in rows {
            var x = 1, i = y
            while x < width - 1 {
                let word = words[i % words.count]
                x += buffer.write(word + " ", x: x, y: y, style: Style(fg: .indexed(UInt8(16 + (i * 7) % 216))))
                i += 1
            }
        }
    }

    private func drawBox(into buffer: inout Buffer, _ box: Rect) {
        guard box.width >= 2, box.height >= 2 else { return }
        let g = capabilities.utf8 ? ["┌", "┐", "└", "┘", "─", "│"] : ["+", "+", "+", "+", "-", "|"]
        let border = Style(fg: .ansi(6))
        for x in box.x + 1..<box.maxX - 1 {
            buffer[x, box.y] = Cell(g[4], style: border)
            buffer[x, box.maxY - 1] = Cell(g[4], style: border)
        }
        for y in box.y + 1..<box.maxY - 1 {
            buffer[box.x, y] = Cell(g[5], style: border)
            buffer[box.maxX - 1, y] = Cell(g[5], style: border)
        }
        buffer[box.x, box.y] = Cell(g[0], style: border)
        buffer[box.maxX - 1, box.y] = Cell(g[1], style: border)
        buffer[box.x, box.maxY - 1] = Cell(g[2], style: border)
        buffer[box.maxX - 1, box.maxY - 1] = Cell(g[3], style: border)
        let inner = box.inset(by: 1)
        let lines: [(String, Style)] = [
            ("Bold text", Style(attributes: .bold)),
            ("Underlined text", Style(attributes: .underline)),
            ("Reverse video", Style(attributes: .reverse)),
            ("Green on default", Style(fg: .ansi(2))),
            (capabilities.utf8 ? "Wide: 中文 ok" : "Wide: (ascii mode)", Style(fg: .indexed(214))),
        ]
        for (i, line) in lines.enumerated() where i < inner.height {
            buffer.write(line.0, x: inner.x + 1, y: inner.y + i, style: line.1, maxWidth: inner.width - 1)
        }
    }
}
