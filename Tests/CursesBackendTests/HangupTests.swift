import Foundation
import Testing

/// A dropped SSH link: the pty master closes while SIGHUP is ignored. The demo must notice the dead input,
/// leave within a second and not burn CPU on the way.
struct HangupTests {
    /// Starts the demo on a pty under `trap '' HUP`, waits for a frame, closes the master, and reports
    /// "exited <seconds> cpu <seconds>" (CPU used after the close).
    static let script = #"""
import os, pty, select, sys, time
binary = sys.argv[1]
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm-256color"
    os.execv("/bin/sh", ["sh", "-c", "trap '' HUP; exec \"$0\" engine-demo", binary])
buf, deadline = b"", time.time() + 30
while b"Frames" not in buf and time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.2)
    if ready:
        try:
            buf += os.read(fd, 65536)
        except OSError:
            break
if b"Frames" not in buf:
    print("nostart"); sys.exit(3)
def cpu():
    f = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
before = cpu()
closed = time.time()
os.close(fd)
while time.time() - closed < 5:
    done, status, usage = os.wait4(pid, os.WNOHANG)
    if done:
        print("exited %.3f cpu %.3f" % (time.time() - closed, usage.ru_utime + usage.ru_stime - before))
        sys.exit(0)
    time.sleep(0.005)
print("timeout cpu %.3f" % (cpu() - before))
os.kill(pid, 9)
sys.exit(4)
"""#

    @Test func closedPtyWithSighupIgnoredExitsQuicklyWithoutSpinning() async throws {
        let binary = try DemoBinary.path()
        let result = try await runProcessOffPool("/usr/bin/env", ["python3", "-c", Self.script, binary])
        let words = result.output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        try #require(words.first == "exited", "demo did not exit after the pty closed: \(result.output)")
        let seconds = try #require(Double(words[1]))
        let cpu = try #require(Double(words[3]))
        #expect(seconds < 1.0, "took \(seconds) s to leave")
        #expect(cpu < 0.5, "used \(cpu) s of CPU after the hang-up")
    }
}
