import Foundation
import TerminalUI

/// The terminal engine: bytes per frame through a real pty, diff cost in memory, and idle cost.
enum EngineBenchmark {
    static let width = 200
    static let height = 60

    static func run(_ arguments: [String]) throws {
        let idleSeconds = value(after: "--idle-seconds", in: arguments).flatMap(Int.init) ?? 30
        let binary = value(after: "--binary", in: arguments) ?? siblingBinary()
        print("== engine benchmark (\(width)x\(height)) ==")
        memorySection()
        try ptySection(binary: binary, idleSeconds: idleSeconds)
    }

    /// What the diff would write, estimated by `MemoryTerminal`, and what computing it costs.
    static func memorySection() {
        var frame = Buffer(width: width, height: height)
        for y in 0..<height {
            frame.write("row \(y) " + String(repeating: "relay-session ", count: 20), x: 0, y: y,
                        style: Style(fg: .indexed(UInt8(16 + y)), attributes: y % 3 == 0 ? .bold : []))
        }
        var changed = frame
        changed.write(String(repeating: "#", count: width), x: 0, y: 30, style: Style(fg: .ansi(1)))
        var screen = MemoryTerminal(width: width, height: height)
        let full = screen.present(frame)
        let rounds = 200
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for i in 0..<rounds { screen.present(i % 2 == 0 ? changed : frame) }
        }
        let row = screen.last
        print("memory  full frame: \(full.cells) cells, ~\(full.bytes) bytes (estimate)")
        print("memory  one row   : \(row.cells) cells, ~\(row.bytes) bytes (estimate)")
        print("memory  diff+present of a one-row change: \(microseconds(elapsed / rounds)) µs/frame")
    }

    /// Drives `relaydeck engine-demo` on a pty and counts the bytes it writes.
    static func ptySection(binary: String, idleSeconds: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw PtyProcess.Failed(description: "\(binary) not found; build the relaydeck product first (or pass --binary)")
        }
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let demo = try PtyProcess(path: binary, arguments: ["engine-demo", "--fill"], environment: env, rows: height, cols: width)
        let startup = demo.readUntilQuiet()
        print("pty     binary: \(binary)")
        print("pty     start-up (init + first full frame): \(startup.count) bytes")
        var rowBytes: [Int] = [], fullBytes: [Int] = []
        for _ in 0..<5 {
            demo.send("x")
            rowBytes.append(demo.readUntilQuiet().count)
            demo.send("\u{0C}")  // Ctrl-L: clear and repaint every cell
            fullBytes.append(demo.readUntilQuiet().count)
        }
        print("pty     key echo (one row changes): median \(median(rowBytes)) bytes  \(rowBytes)")
        print("pty     full repaint (Ctrl-L)     : median \(median(fullBytes)) bytes  \(fullBytes)")

        let cpu0 = demo.cpuSeconds(), threads0 = demo.threadSwitches()
        let idleOutput = demo.readUntilQuiet(.seconds(idleSeconds), limit: .seconds(idleSeconds)).count
        let cpu1 = demo.cpuSeconds(), threads1 = demo.threadSwitches()
        // Per thread, so a pool thread retiring mid-window does not subtract from the total.
        var voluntary = 0, involuntary = 0
        for (tid, after) in threads1 {
            let before = threads0[tid] ?? (after.name, 0, 0)
            voluntary += after.voluntary - before.voluntary
            involuntary += after.involuntary - before.involuntary
        }
        print("pty     idle \(idleSeconds) s: CPU \(String(format: "%.3f", cpu1 - cpu0)) s, "
              + "voluntary switches \(voluntary), involuntary \(involuntary), bytes written \(idleOutput)")
        for (tid, after) in threads1.sorted(by: { $0.key < $1.key }) {
            let before = threads0[tid] ?? (after.name, 0, 0)
            print("pty       thread \(tid) \(after.name): voluntary \(after.voluntary - before.voluntary)")
        }
        demo.send("q")
        let status = demo.waitForExit(timeout: .seconds(5))
        print("pty     quit: \(status.map { "exit status \(($0 >> 8) & 0xff)" } ?? "did not exit")")
    }

    static func siblingBinary() -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("relaydeck").path
    }

    static func value(after flag: String, in arguments: [String]) -> String? {
        guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
        return arguments[i + 1]
    }

    static func median(_ values: [Int]) -> Int { values.sorted()[values.count / 2] }

    static func microseconds(_ d: Duration) -> String {
        String(format: "%.1f", Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12)
    }
}
