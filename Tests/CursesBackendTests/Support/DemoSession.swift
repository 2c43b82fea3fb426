import Foundation

/// `relaydeck engine-demo` in a tmux pane, wrapped by `sh` so the exit status and the tty state after exit
/// end up on screen and in a file (tmux's own `pane_dead_status` is not always set in time).
final class DemoSession {
    let tmux: TmuxServer
    let sttyFile: String

    init(term: String = "tmux-256color", environment: String = "", arguments: String = "",
         width: Int = 80, height: Int = 24) throws {
        sttyFile = FileManager.default.temporaryDirectory.appendingPathComponent("rd-stty-\(UUID().uuidString)").path
        let demo = DemoBinary.shellQuoted(try DemoBinary.path())
        // `trap true INT` keeps the wrapper alive through Ctrl-C while the demo gets the default disposition.
        let script = "trap true INT; env TERM=\(term) LANG=C.UTF-8 \(environment) \(demo) engine-demo \(arguments); "
            + "echo rd-exit=$?; stty -a > \(sttyFile); exec sleep 600"
        tmux = try TmuxServer(command: "sh -c " + DemoBinary.shellQuoted(script), width: width, height: height)
    }

    deinit { try? FileManager.default.removeItem(atPath: sttyFile) }

    /// The demo's exit status, once the wrapper has printed it.
    var exitStatus: Int32? {
        guard let screen = try? tmux.screen(), let range = screen.range(of: "rd-exit=") else { return nil }
        return Int32(screen[range.upperBound...].prefix(while: \.isNumber))
    }

    /// `stty -a` as run right after the demo exited.
    var sttyAfterExit: String? { try? String(contentsOfFile: sttyFile, encoding: .utf8) }

    /// The demo's pid: the wrapper's child.
    var demoPID: pid_t? {
        guard let shell = tmux.panePID else { return nil }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let fields = stat.split(separator: ")").last?.split(separator: " "), fields.count > 2,
                  pid_t(fields[2]) == shell, stat.contains("(relaydeck)") else { continue }
            return pid
        }
        return nil
    }
}
